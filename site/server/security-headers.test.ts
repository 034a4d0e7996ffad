import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, siteContentSecurityPolicy, siteSecurityHeaders } from './security-headers.ts';

describe('the site security headers', () => {
  it('allow only the site\'s own files, its wasm search and the hashes given, and no framing', () => {
    expect(siteContentSecurityPolicy({ scriptHashes: ['sha256-abc='], formActions: ['https://nieuwsbrief.example/aanmelden?lijst=1'] })).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self' https://nieuwsbrief.example; frame-ancestors 'none'",
    );
  });

  it('let style attributes through only by their hashes', () => {
    expect(siteContentSecurityPolicy({ styleAttributeHashes: ['sha256-s='] })).toContain("; style-src-attr 'unsafe-hashes' 'sha256-s=';");
  });

  it('let a preview be framed by the origins named, without X-Frame-Options', () => {
    const headers = siteSecurityHeaders({ frameAncestors: ['http://localhost:3000/admin'] });
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors http:\/\/localhost:3000$/);
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(siteSecurityHeaders()['X-Frame-Options']).toBe('DENY');
  });

  it('round-trip through a _headers file for every path', () => {
    const headers = siteSecurityHeaders({ scriptHashes: ['sha256-abc='] });
    for (const pathname of ['/', '/zoeken/', '/pagefind/pagefind.js']) expect(headersFor(headersFile(headers), pathname)).toEqual(headers);
  });

  it('read the rules of a _headers file that match a path, later ones adding to earlier ones', () => {
    const file = ['# comment', '/*', '  X-Frame-Options: DENY', '/media/*', '  Cache-Control: max-age=60', '  X-Frame-Options: SAMEORIGIN', '/zoeken/', '  A: b'].join('\n');
    expect(headersFor(file, '/media/foto.webp')).toEqual({ 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': 'max-age=60' });
    expect(headersFor(file, '/zoeken/')).toEqual({ 'X-Frame-Options': 'DENY', A: 'b' });
    expect(headersFor(file, '/zoeken/x/')).toEqual({ 'X-Frame-Options': 'DENY' });
  });
});
