/**
 * "Was dit nuttig?" on a built site: the form is in the build with CMS_PUBLIC_URL and absent
 * without, the CSP lets it reach the CMS, and in Chromium a reader answers and comments both
 * without JavaScript (the CMS's thank-you pages, back to the page) and with it (in place, no
 * page load). The CMS is a real Payload on SQLite, served over HTTP as Next hands requests to
 * Payload's REST handlers (X-Forwarded-For set to the socket's address).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { handleEndpoints } from 'payload';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestCms, type TestCms } from '../../cms/test/support/payload.ts';
import { checkContent, documentPath } from '../../contract/index.ts';
import { runAstroBuild as buildSite } from '../../site/build/astro-build.ts';
import { headersFor } from '../../site/server/security-headers.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../support/console.ts';

const sampleDist = inject('siteDir');
const documents = checkContent(path.resolve('content')).documents;
const example = documents.find((d) => d.collection === 'practice-examples')!;
const page_ = documents.find((d) => d.collection === 'pages')!;
const examplePath = documentPath(example.collection, example.slug);
const shots = process.env.SCREENSHOT_DIR ?? '/tmp';

let root: string;
let dist: string;
let cms: TestCms | undefined;
let cmsServer: Server;
let siteServer: Server;
let cmsUrl: string;
let siteUrl: string;
let browser: Browser;

/** The CMS's REST API over HTTP: Payload's handlers, the client's socket address as X-Forwarded-For. */
async function toPayload(req: IncomingMessage, res: ServerResponse) {
  if (!cms) return void res.writeHead(503).end();
  // What Next serves from cms/public/ beside the API.
  if (req.url === '/favicon.ico') return void res.writeHead(200, { 'Content-Type': 'image/x-icon' }).end(readFileSync('cms/public/favicon.ico'));
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  headers.set('x-forwarded-for', req.socket.remoteAddress ?? '');
  const url = new URL(req.url ?? '/', cmsUrl);
  const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  const request = new Request(url, { method: req.method, headers, body });
  const answer = await handleEndpoints({ config: cms.payload.config, request, path: url.pathname, payloadInstanceCacheKey: cms.env.CMS_DATA_DIR });
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-feedback-'));
  dist = path.join(root, 'dist');
  cmsServer = createServer((req, res) => void toPayload(req, res).catch((e) => res.writeHead(500).end(String(e))));
  cmsUrl = await listen(cmsServer, 0);
  const result = await buildSite({ outDir: dist, env: { CMS_PUBLIC_URL: cmsUrl, NEWSLETTER_FORM_ACTION: '' } });
  expect(result.code, result.output).toBe(0);
  siteServer = createSiteServer(dist);
  siteUrl = await listen(siteServer, 0);
  cms = await startTestCms('sqlite', { SITE_URL: siteUrl });
  browser = await launchBrowser();
}, 400_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => siteServer?.close(resolve));
  await new Promise((resolve) => cmsServer?.close(resolve));
  await cms?.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

const html = (dir: string, route: string) => readFileSync(path.join(dir, route, 'index.html'), 'utf8');
const rowsOn = async (route: string) => (await cms!.payload.find({ collection: 'feedback', where: { path: { equals: route } }, sort: 'createdAt' })).docs;

describe('the build', () => {
  it('puts the form on article and content pages with CMS_PUBLIC_URL, posting the page path to the CMS', () => {
    for (const doc of [example, page_]) {
      const route = documentPath(doc.collection, doc.slug);
      const page = html(dist, route);
      expect(page).toMatch(new RegExp(`<form class="feedback__answer" method="post" action="${cmsUrl}/api/feedback"`));
      expect(page).toContain(`<input type="hidden" name="path" value="${route}"`);
      expect(page).toMatch(/<button type="submit" name="useful" value="ja"[^>]*>Ja<\/button>/);
      expect(page).toMatch(/<section class="feedback no-print"/);
    }
    // Not on listings or the home page.
    expect(html(dist, '/')).not.toContain('feedback__answer');
    const csp = headersFor(readFileSync(path.join(dist, '_headers'), 'utf8'), examplePath)['Content-Security-Policy'];
    expect(csp).toContain(`form-action 'self' ${cmsUrl};`);
    expect(csp).toContain(`connect-src 'self' ${cmsUrl};`);
  });

  it('leaves the form, its script and the CMS out of the build without CMS_PUBLIC_URL', () => {
    const page = html(sampleDist, examplePath);
    expect(page).toContain('<h1');
    expect(page).not.toContain('Was dit nuttig?');
    expect(page).not.toContain('data-feedback');
    const csp = headersFor(readFileSync(path.join(sampleDist, '_headers'), 'utf8'), examplePath)['Content-Security-Policy'];
    expect(csp).toContain("form-action 'self';");
    expect(csp).toContain("connect-src 'self';");
  });
});

describe('in Chromium', () => {
  async function open(javaScriptEnabled: boolean, width: number): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    const page = watchConsole(await context.newPage());
    await page.goto(`${siteUrl}${examplePath}`);
    return page;
  }
  const shoot = (page: Page, name: string, width: number) =>
    page.screenshot({ path: path.join(shots, `feedback-${name}-${width}.png`), fullPage: false });

  it('without JavaScript: posts the answer, shows the thank-you page, takes a comment and links back to the page', async () => {
    for (const width of [390, 1280]) {
      const page = await open(false, width);
      const question = page.locator('section.feedback');
      await question.scrollIntoViewIfNeeded();
      await shoot(page, 'form', width);
      await page.getByRole('button', { name: 'Nee', exact: true }).click();
      await page.waitForURL(`${cmsUrl}/api/feedback`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Bedankt voor uw reactie');
      await shoot(page, 'thanks-nojs', width);
      await page.getByLabel('Wilt u nog iets toelichten? (niet verplicht)').fill(`Zonder script, ${width} px.`);
      await page.getByRole('button', { name: 'Toelichting versturen' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Bedankt voor uw toelichting');
      await page.getByRole('link', { name: 'Terug naar de pagina' }).click();
      await page.waitForURL(`${siteUrl}${examplePath}`);
      await page.context().close();
    }
    expect((await rowsOn(examplePath)).map((r) => [r.useful, r.comment])).toEqual([
      ['nee', 'Zonder script, 390 px.'],
      ['nee', 'Zonder script, 1280 px.'],
    ]);
  });

  it('with JavaScript: answers and comments in place, without a page load and within the CSP', async () => {
    for (const width of [390, 1280]) {
      const page = await open(true, width);
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      await page.getByRole('button', { name: 'Ja', exact: true }).click();
      const status = page.locator('section.feedback').getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Bedankt voor uw reactie.');
      const comment = page.getByLabel('Wilt u nog iets toelichten? (niet verplicht)');
      await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
      await shoot(page, 'thanks-js', width);
      await comment.fill(`Met script, ${width} px.`);
      await page.getByRole('button', { name: 'Toelichting versturen' }).click();
      await expect.poll(() => status.textContent()).toBe('Bedankt voor uw toelichting.');
      await shoot(page, 'comment-js', width);
      expect(page.url()).toBe(`${siteUrl}${examplePath}`);
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      await page.context().close();
    }
    expect((await rowsOn(examplePath)).filter((r) => r.useful === 'ja').map((r) => r.comment)).toEqual(['Met script, 390 px.', 'Met script, 1280 px.']);
  });
});
