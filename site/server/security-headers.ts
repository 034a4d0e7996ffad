/**
 * The security headers of the static site, in one place: the build writes them to dist/_headers
 * (site/integrations/security-headers.ts; Netlify and Cloudflare Pages read that file), and
 * `npm run serve` sends what that file says (site/server/site-server.ts). The README's Deployment
 * section shows them for other hosts.
 */

export interface SiteHeaderOptions {
  /** CSP sources ('sha256-…') of the inline scripts of the built pages; the site has none today. */
  scriptHashes?: string[];
  /** CSP sources of inline <style> elements. */
  styleHashes?: string[];
  /** CSP sources of style="…" attributes (code blocks highlighted by Shiki carry them). */
  styleAttributeHashes?: string[];
  /** Where forms may post besides the site itself: the newsletter provider's sign-up address, the CMS's feedback endpoint. */
  formActions?: string[];
  /** Where scripts may send requests besides the site itself: the CMS's feedback endpoint. */
  connectSources?: string[];
  /**
   * Who may show the pages in a frame: nobody (the default). A preview server lists the CMS's
   * origin here, so that the admin's Live Preview can frame it.
   */
  frameAncestors?: string[];
}

/** The Content-Security-Policy: the site's own files only, plus the hashes of what is inline. */
export function siteContentSecurityPolicy(options: SiteHeaderOptions = {}): string {
  const styleAttributes = options.styleAttributeHashes ?? [];
  const directives = [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search in the browser.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...quoted(options.scriptHashes)].join(' '),
    ['style-src', "'self'", ...quoted(options.styleHashes)].join(' '),
    ...(styleAttributes.length ? [['style-src-attr', "'unsafe-hashes'", ...quoted(styleAttributes)].join(' ')] : []),
    "img-src 'self'",
    "font-src 'self'",
    ['connect-src', "'self'", ...(options.connectSources ?? []).map(origin)].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ['form-action', "'self'", ...(options.formActions ?? []).map(origin)].join(' '),
    ['frame-ancestors', ...(options.frameAncestors?.length ? options.frameAncestors.map(origin) : ["'none'"])].join(' '),
  ];
  return directives.join('; ');
}

/** Every header the site's answers carry, in the order the _headers file lists them. */
export function siteSecurityHeaders(options: SiteHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': siteContentSecurityPolicy(options),
    // For browsers without CSP's frame-ancestors; a framed preview relies on the CSP alone.
    ...(options.frameAncestors?.length ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // Ignored by browsers over plain http (npm run serve), kept by them once seen over https.
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/** The text of a _headers file (Netlify's and Cloudflare Pages' format) giving every path these headers. */
export function headersFile(headers: Record<string, string>): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/**
 * The headers a _headers file gives `pathname`: each rule is a path line (a `*` matches
 * anything) followed by indented `Name: value` lines; later rules add to earlier ones.
 */
export function headersFor(file: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      applies = pattern(line.trim()).test(pathname);
      continue;
    }
    const colon = line.indexOf(':');
    if (applies && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function pattern(path: string): RegExp {
  return new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function quoted(sources: string[] = []): string[] {
  return sources.map((source) => `'${source}'`);
}

function origin(url: string): string {
  return new URL(url).origin;
}
