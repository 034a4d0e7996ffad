/** The Next.js app that serves Payload's admin (/admin) and REST API (/api). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';
import { cmsSecurityHeaders } from './security/headers.ts';

const cmsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(cmsDir, '..');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into a folder of their own, so that they never disturb a running `npm run cms`.
  distDir: process.env.CMS_NEXT_DIST_DIR || '.next',
  // The CMS imports the content contract from ../contract and packages from ../node_modules.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  typescript: { tsconfigPath: 'tsconfig.json' },
  devIndicators: false,
  // The contract's body rule parses with Sätteri, whose native or WebAssembly binding Next must not bundle.
  serverExternalPackages: ['satteri', '@astrojs/markdown-satteri'],
  // No X-Powered-By: neither Next's nor the one withPayload adds unless this is false.
  poweredByHeader: false,
  // CSP, framing, nosniff, referrer and (in production) HSTS on the admin and the API.
  headers: async () => [{ source: '/:path*', headers: cmsSecurityHeaders(process.env) }],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    };
    return webpackConfig;
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
