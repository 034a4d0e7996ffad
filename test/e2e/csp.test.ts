/**
 * The Content-Security-Policy of dist/_headers, as `npm run serve` sends it, in real Chromium:
 * the built site's pages run (search, its Pagefind wasm and service worker, the 404 page's
 * suggestions) with no violation; and the hashes of inline scripts and styles the build
 * computes are the ones Chromium accepts, while an unhashed inline script is blocked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath } from '../../contract/index.ts';
import { inlineHashes } from '../../site/lib/inline-hashes.ts';
import { headersFile, headersFor, siteSecurityHeaders } from '../../site/server/security-headers.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectConsoleError, takeConsoleErrors, watchConsole } from '../support/console.ts';
import { resultPaths } from '../support/search-page.ts';

const base = inject('siteUrl');
const siteDir = inject('siteDir');
const example = checkContent(path.resolve('content')).documents.find((d) => d.collection === 'practice-examples')!;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  // Every violation of the page and its workers, as the page itself sees them.
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  page = watchConsole(await context.newPage());
  return () => context.close();
});
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the built site under its Content-Security-Policy', () => {
  const policy = () => headersFor(readFileSync(path.join(siteDir, '_headers'), 'utf8'), '/')['Content-Security-Policy'];

  it('is written to dist/_headers with every other security header', () => {
    const headers = headersFor(readFileSync(path.join(siteDir, '_headers'), 'utf8'), '/praktijkvoorbeelden/');
    expect(Object.keys(headers)).toEqual(Object.keys(siteSecurityHeaders()));
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'.*; frame-ancestors 'none'$/);
  });

  it('shows the home page and a practice example with no violation', async () => {
    for (const route of ['/', documentPath(example.collection, example.slug)]) {
      const response = await page.goto(`${base}${route}`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], route).toBe(policy());
      expect(await violations(), route).toEqual([]);
    }
  });

  it('searches, with its wasm index and service worker, with no violation', async () => {
    const response = await page.goto(`${base}/zoeken/?q=school`);
    expect(response?.headers()['content-security-policy']).toBe(policy());
    await expect.poll(() => resultPaths(page), { timeout: 30_000 }).not.toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(`${base}/sw.js`);
    expect(await violations()).toEqual([]);
  });

  it('suggests pages on the 404 page with no violation', async () => {
    expectConsoleError(page, /status of 404 \(Not Found\)/);
    await page.goto(`${base}/praktijkvoorbeelden/${example.slug}-oud/`);
    await page.getByRole('region', { name: 'Bedoelde u misschien' }).getByRole('link').first().waitFor();
    expect(await violations()).toEqual([]);
  });
});

describe('the hashes of inline scripts and styles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-csp-'));
  let server: Server;
  let url = '';
  beforeAll(async () => {
    const hashed = "<script>document.documentElement.dataset.ran = 'ja' && 'ë';</script><style>p { color: rgb(0, 128, 0) }</style>";
    const body = '<p style="margin-left: 7px">Tekst</p>';
    const hashes = inlineHashes(`<html><head>${hashed}</head><body>${body}</body></html>`);
    writeFileSync(path.join(dir, '_headers'), headersFile(siteSecurityHeaders({ scriptHashes: hashes.scripts, styleHashes: hashes.styles, styleAttributeHashes: hashes.styleAttributes })));
    // A script added after the hashes were taken, as an injected one would be.
    const injected = '<script>document.documentElement.dataset.injected = "ja";</script>';
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>${hashed}</head><body>${body}${injected}</body></html>`);
    writeFileSync(path.join(dir, 'favicon.ico'), '');
    server = createSiteServer(dir);
    url = await listen(server, 0);
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('let through exactly what the build hashed', async () => {
    expectConsoleError(page, /Executing inline script violates the following Content Security Policy/);
    await page.goto(`${url}/`);
    const state = await page.evaluate(() => {
      const p = document.querySelector('p')!;
      return { ran: document.documentElement.dataset.ran, injected: document.documentElement.dataset.injected, color: getComputedStyle(p).color, margin: getComputedStyle(p).marginLeft };
    });
    expect(state).toEqual({ ran: 'ë', injected: undefined, color: 'rgb(0, 128, 0)', margin: '7px' });
    expect(await violations()).toEqual(['script-src-elem blocked inline']);
  });
});
