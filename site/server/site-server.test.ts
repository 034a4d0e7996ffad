import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile, siteSecurityHeaders } from './security-headers.ts';
import { createSiteServer, listen } from './site-server.ts';

describe('the static site server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-serve-'));
  const server = createSiteServer(dir);
  let base = '';
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'praktijkvoorbeelden', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'praktijkvoorbeelden', 'a', 'index.html'), 'eerste versie');
    writeFileSync(path.join(dir, '404.html'), 'niet gevonden');
    base = await listen(server, 0);
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a page at its trailing-slash path, with campaign parameters', async () => {
    const response = await fetch(`${base}/praktijkvoorbeelden/a/?utm_source=nieuwsbrief`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('eerste versie');
  });

  it('redirects the path without a slash to the canonical one, keeping the query', async () => {
    const response = await fetch(`${base}/praktijkvoorbeelden/a?utm_source=nieuwsbrief`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/praktijkvoorbeelden/a/?utm_source=nieuwsbrief');
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const response = await fetch(`${base}/bestaat-niet/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('niet gevonden');
  });

  it('lets linkchecker crawl every answer unthrottled: pages, redirects and 404s', async () => {
    for (const route of ['/praktijkvoorbeelden/a/', '/praktijkvoorbeelden/a', '/bestaat-niet/']) {
      const response = await fetch(`${base}${route}`, { redirect: 'manual' });
      expect(response.headers.get('linkchecker'), route).toBe('unthrottled');
    }
  });

  it('gzips text for browsers that accept it, as a static host does', async () => {
    writeFileSync(path.join(dir, 'app.js'), `console.log(${JSON.stringify('schoolnabij '.repeat(200))});`);
    const response = await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('schoolnabij schoolnabij');
    const plain = await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('sends the security headers on every answer when the folder has no _headers', async () => {
    for (const route of ['/praktijkvoorbeelden/a/', '/praktijkvoorbeelden/a', '/bestaat-niet/', '/%E0%A4%A']) {
      const response = await fetch(`${base}${route}`, { redirect: 'manual' });
      expect(response.headers.get('content-security-policy'), route).toBe(siteSecurityHeaders()['Content-Security-Policy']);
      expect(response.headers.get('x-frame-options'), route).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), route).toBe('nosniff');
    }
  });

  it('sends what the build wrote to _headers, read again after a rebuild', async () => {
    const headers = siteSecurityHeaders({ scriptHashes: ['sha256-eerste='] });
    writeFileSync(path.join(dir, '_headers'), headersFile(headers));
    const first = await fetch(`${base}/praktijkvoorbeelden/a/`);
    expect(Object.fromEntries(Object.keys(headers).map((name) => [name, first.headers.get(name)]))).toEqual(headers);
    writeFileSync(path.join(dir, '_headers'), headersFile(siteSecurityHeaders({ scriptHashes: ['sha256-tweede='] })));
    const second = await fetch(`${base}/bestaat-niet/`);
    expect(second.headers.get('content-security-policy')).toContain("'sha256-tweede='");
  });

  it('shows a rebuilt page without a restart', async () => {
    writeFileSync(path.join(dir, 'praktijkvoorbeelden', 'a', 'index.html'), 'tweede versie');
    expect(await (await fetch(`${base}/praktijkvoorbeelden/a/`)).text()).toBe('tweede versie');
  });
});
