import { describe, expect, it } from 'vitest';
import { cmsContentSecurityPolicy, cmsSecurityHeaders } from './headers.ts';
import { trustedOrigins } from './origins.ts';

const header = (env: Record<string, string>, key: string) => cmsSecurityHeaders(env).find((h) => h.key === key)?.value;

describe('the CMS security headers', () => {
  it('in production: HSTS, and no eval for scripts', () => {
    const env = { NODE_ENV: 'production' };
    expect(header(env, 'Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(cmsContentSecurityPolicy(env)).toContain("; script-src 'self' 'unsafe-inline'; ");
  });

  it('in development: no HSTS over plain http, eval for Next\'s development server', () => {
    const env = { NODE_ENV: 'development' };
    expect(header(env, 'Strict-Transport-Security')).toBeUndefined();
    expect(cmsContentSecurityPolicy(env)).toContain("; script-src 'self' 'unsafe-inline' 'unsafe-eval'; ");
  });

  it('frame only the Live Preview, and are framed by nobody', () => {
    expect(cmsContentSecurityPolicy({ PREVIEW_URL: 'https://voorbeeld.schoolnabij.nl/pagina/' })).toMatch(/; frame-src https:\/\/voorbeeld\.schoolnabij\.nl; .*; frame-ancestors 'none'$/);
    expect(cmsContentSecurityPolicy({})).toContain('; frame-src http://localhost:4322; ');
    expect(header({}, 'X-Frame-Options')).toBe('DENY');
  });
});

describe('the origins the CMS trusts', () => {
  it('are CMS_URL\'s and SITE_URL\'s origins', () => {
    expect(trustedOrigins({ CMS_URL: 'https://cms.schoolnabij.nl/admin', SITE_URL: 'https://schoolnabij.nl/' })).toEqual(['https://cms.schoolnabij.nl', 'https://schoolnabij.nl']);
  });

  it('default to the local addresses of the port and the local site', () => {
    expect(trustedOrigins({ CMS_PORT: '3100' })).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100', 'http://localhost:4321']);
    expect(trustedOrigins({ PORT: '4567', NODE_ENV: 'production' })).toEqual(['http://localhost:4567', 'http://127.0.0.1:4567', 'https://schoolnabij.nl']);
  });

  it('refuse an address that is not http(s), naming the variable', () => {
    expect(() => trustedOrigins({ CMS_URL: 'cms.schoolnabij.nl' })).toThrow('CMS_URL must be an http(s) address such as https://cms.schoolnabij.nl, got "cms.schoolnabij.nl"');
    expect(() => trustedOrigins({ CMS_URL: 'ftp://cms.schoolnabij.nl' })).toThrow('CMS_URL must be an http(s) address');
  });
});
