/**
 * The security headers of the CMS (admin and API), in one place; cms/next.config.mjs sends
 * them on every path. The admin is a Next.js app whose pages carry inline scripts (React's
 * hydration data) and inline styles (Payload's UI), so scripts and styles are 'self' plus
 * 'unsafe-inline'; the rest is as strict as the admin allows: nothing from elsewhere, no
 * plugins, no framing by anyone, frames only of the Live Preview.
 * Next reads them when it starts (`npm run cms`) or builds (`npm run cms:build`).
 */
import type { Env } from '../paths.ts';
import { previewOrigin } from './origins.ts';

export interface Header {
  key: string;
  value: string;
}

export function cmsContentSecurityPolicy(env: Env = process.env): string {
  const development = env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // Next's development server evaluates code for its error overlay and fast refresh.
    ['script-src', "'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // Upload previews are blob: and data: images until they are saved.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    `frame-src ${previewOrigin(env)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header the CMS's answers carry; HSTS only in production, where the CMS is served over https. */
export function cmsSecurityHeaders(env: Env = process.env): Header[] {
  return [
    { key: 'Content-Security-Policy', value: cmsContentSecurityPolicy(env) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ];
}
