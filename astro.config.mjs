// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentContract } from './site/integrations/content-contract.ts';
import { contentMedia } from './site/integrations/content-media.ts';
import { guardedMarkdown } from './site/integrations/body-guard.ts';
import { linkCheck } from './site/integrations/link-check.ts';
import { pagefindIndex } from './site/integrations/pagefind-index.ts';
import { securityHeaders } from './site/integrations/security-headers.ts';
import { serviceWorker } from './site/integrations/service-worker.ts';
import { unlistedPages } from './site/integrations/unlisted-pages.ts';
import { contentDir } from './contract/location.ts';
import { astroCacheDir } from './site/build/cache-dir.ts';
import { incrementalBuild } from './site/build/incremental.ts';
import { newsletterFormAction } from './site/lib/newsletter.ts';
import { cmsPublicOrigin } from './site/lib/feedback.ts';
import { siteContactEmail } from './site/lib/site-contact.ts';

// Fail before building anything when NEWSLETTER_FORM_ACTION is set but not an https URL,
// or SITE_CONTACT_EMAIL is set but not an e-mail address.
newsletterFormAction();
// Or when CMS_PUBLIC_URL (where "Was dit nuttig?" posts) is set but not an http(s) origin.
cmsPublicOrigin();
siteContactEmail();

const contract = contentContract();

export default defineConfig({
  site: process.env.SITE_URL || 'https://schoolnabij.nl',
  srcDir: './site',
  publicDir: './public',
  outDir: './dist',
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // In the publish job's builds (site/build/incremental.ts), pages whose cache key
  // (site/lib/cache-key.ts), code, config and lockfile are unchanged since the last build are
  // copied from Astro's cache instead of rendered again.
  experimental: { incrementalBuild: incrementalBuild() },
  // Markdown and MDX bodies render no raw HTML, no unknown tag and no unsafe link (the body rule).
  markdown: { processor: guardedMarkdown() },
  // content/ (or CONTENT_DIR) is importable as @content, for its media.
  vite: {
    resolve: { alias: { '@content': contentDir() } },
    build: {
      // An incremental build's folder already holds the unchanged pages (site/build/kept-pages.ts).
      emptyOutDir: !incrementalBuild(),
      rollupOptions: {
        // Astro marks MDX modules with "use astro:head-inject"; the bundler's note that it may
        // drop the directive is expected for every content file and only buries real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Validates content/ before anything is built; collects the redirects of redirectFrom.
    contract,
    mdx(),
    // In the publish job's builds: pages kept from the live site whose documents are gone go first.
    ...(incrementalBuild() ? [unlistedPages()] : []),
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return !pathname.startsWith('/404') && !contract.redirects.has(pathname);
      },
    }),
    // Publishes content/media/ at /media/.
    contentMedia(),
    // Writes dist/_headers: the Content-Security-Policy with the hashes of inline scripts and styles.
    securityHeaders(),
    // Fails the build on any internal link, image, attachment, feed or sitemap entry or redirect
    // that does not resolve; sees all of the output but the Pagefind index.
    linkCheck(),
    // Indexes the finished HTML.
    pagefindIndex(),
    // Last: caches for offline use what the steps above wrote.
    serviceWorker(),
  ],
});
