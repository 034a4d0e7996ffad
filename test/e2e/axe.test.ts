/**
 * axe-core over every kind of page of the built sample site, at desktop and phone width:
 * any WCAG 2.0–2.2 A/AA or best-practice violation fails, named by rule, impact, target and page.
 * The site is built with a CMS address and a newsletter sign-up address, so the pages carry the
 * "Was dit nuttig?" form and the sign-up form; no CMS answers at that address: the browser's
 * requests to it get the CMS's own answers (its JSON, its thank-you pages), so the form's comment
 * step and thanks are checked too, with and without JavaScript.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentThanksPage, thanksPage } from '../../cms/feedback/thank-you-page.ts';
import { THANKS } from '../../cms/feedback/feedback-endpoint.ts';
import { ARTICLE_COLLECTIONS, checkContent, COLLECTION_INFO, documentPath } from '../../contract/index.ts';
import { runAstroBuild as buildSite } from '../../site/build/astro-build.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { launchBrowser } from '../support/browser.ts';

/** Where the forms post; nothing listens there (.invalid never resolves), the tests answer instead. */
const CMS = 'https://cms.schoolnabij.invalid';
const NEWSLETTER = 'https://lijst.schoolnabij.invalid/aanmelden';
let base: string;
const { documents } = checkContent(path.resolve('content'));
const first = (collection: string) => {
  const doc = documents.find((d) => d.collection === collection);
  if (!doc) throw new Error(`the sample content has no document in ${collection}; axe needs one of each kind`);
  return doc;
};
const example = first('practice-examples');
const theme = (example.data.themes as string[])[0]!;
const region = documents.find((d) => d.collection === 'practice-examples' && d.data.region)!.data.region as string;
const searchWord = (example.data.title as string).match(/\p{L}{6,}/u)![0].toLowerCase();

const DOCUMENT_PAGES = [...ARTICLE_COLLECTIONS, 'pages' as const].map((c) => documentPath(c, first(c).slug));

const PAGES: string[] = [
  '/',
  ...ARTICLE_COLLECTIONS.map((c) => `/${COLLECTION_INFO[c].route}/`),
  '/themas/',
  '/regios/',
  ...DOCUMENT_PAGES,
  `/zoeken/?q=${encodeURIComponent(searchWord)}`,
  `/themas/${theme}/`,
  `/themas/${theme}/praktijkvoorbeelden/`,
  `/regios/${region}/`,
  '/nieuwsbrief/',
  '/toegankelijkheid/',
  '/deze-pagina-bestaat-niet/',
];

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Found {
  page: string;
  width: string;
  rule: string;
  impact: string;
  target: string;
}

/** The violations on the page as it is now, named after label. */
async function violationsHere(page: Page, label: string, width: string): Promise<Found[]> {
  // Evaluated through the DevTools protocol, which the site's Content Security Policy does not block.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({ page: label, width, rule: v.id, impact: v.impact ?? '', target: n.target.join(' ') })),
  );
}

async function violationsOn(page: Page, route: string, width: string): Promise<Found[]> {
  await page.goto(`${base}${route}`);
  if (route.startsWith('/zoeken/')) {
    await page.waitForFunction(
      () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && document.querySelectorAll('[data-search-results] li').length > 0,
    );
  }
  return violationsHere(page, route, width);
}

let browser: Browser;
let root: string;
let server: Server;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-axe-'));
  const dist = path.join(root, 'dist');
  const result = await buildSite({ outDir: dist, env: { CMS_PUBLIC_URL: CMS, NEWSLETTER_FORM_ACTION: NEWSLETTER } });
  expect(result.code, result.output).toBe(0);
  server = createSiteServer(dist);
  base = await listen(server, 0);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

const report = (found: Found[]) => found.map((f) => `${f.rule} (${f.impact}) at ${f.target} on ${f.page} [${f.width}]`);

/**
 * Answers the feedback form's posts as the CMS does (cms/feedback/feedback-endpoint.ts): JSON to
 * the script, the thank-you pages to a plain form post.
 */
async function actAsCms(context: BrowserContext) {
  await context.route(`${CMS}/api/feedback`, async (route: Route) => {
    const request = route.request();
    const json = /application\/json/.test(request.headers()['content-type'] ?? '');
    const fields: Record<string, string> = json ? request.postDataJSON() : Object.fromEntries(new URLSearchParams(request.postData() ?? ''));
    const comment = 'token' in fields;
    if (json) return route.fulfill({ status: comment ? 200 : 201, json: comment ? { message: THANKS.comment } : { message: THANKS.answer, token: 'proef' } });
    const answer = comment ? commentThanksPage({ siteUrl: base, path: fields.path! }) : thanksPage({ siteUrl: base, path: fields.path!, token: 'proef' });
    return route.fulfill({ status: answer.status, contentType: 'text/html; charset=utf-8', body: await answer.text() });
  });
}

describe('axe-core', () => {
  for (const size of WIDTHS) {
    it(`finds no violation on ${PAGES.length} pages at ${size.name} width (${size.width} px)`, { timeout: 180_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      const found: Found[] = [];
      const withForms: string[] = [];
      try {
        for (const route of PAGES) {
          found.push(...(await violationsOn(page, route, size.name)));
          if (await page.locator('form[data-feedback], form.newsletter-form').count()) withForms.push(route);
        }
      } finally {
        await context.close();
      }
      expect(report(found)).toEqual([]);
      // The forms were there to check: on every document page, and the sign-up form on the newsletter page.
      expect(withForms).toEqual(expect.arrayContaining([...DOCUMENT_PAGES, '/toegankelijkheid/', '/nieuwsbrief/']));
    });

    it(`finds no violation in the feedback form's comment step and thanks at ${size.name} width, with JavaScript`, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await actAsCms(context);
      const page = await context.newPage();
      const found: Found[] = [];
      try {
        await page.goto(`${base}${DOCUMENT_PAGES[0]}`);
        await page.getByRole('button', { name: 'Ja', exact: true }).click();
        await page.getByRole('textbox', { name: /Wilt u nog iets toelichten/ }).waitFor();
        found.push(...(await violationsHere(page, `${DOCUMENT_PAGES[0]} (toelichting)`, size.name)));
        await page.getByRole('textbox', { name: /Wilt u nog iets toelichten/ }).fill('Duidelijk voorbeeld, dank u.');
        await page.getByRole('button', { name: 'Toelichting versturen' }).click();
        await page.getByRole('status').getByText(THANKS.comment).waitFor();
        found.push(...(await violationsHere(page, `${DOCUMENT_PAGES[0]} (bedankt)`, size.name)));
      } finally {
        await context.close();
      }
      expect(report(found)).toEqual([]);
    });

    it(`finds no violation on the CMS's thank-you pages at ${size.name} width, without JavaScript`, async () => {
      const viewport = { width: size.width, height: size.height };
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      await actAsCms(context);
      // axe needs JavaScript: each page the reader reaches without it is checked as it was served, in a second page.
      const checker = await (await browser.newContext({ viewport })).newPage();
      const page = await context.newPage();
      const found: Found[] = [];
      const check = async (label: string) => {
        await checker.setContent(await page.content());
        found.push(...(await violationsHere(checker, label, size.name)));
      };
      try {
        await page.goto(`${base}${DOCUMENT_PAGES[0]}`);
        await page.getByRole('button', { name: 'Nee', exact: true }).click();
        await page.getByRole('heading', { name: 'Bedankt voor uw reactie' }).waitFor();
        expect(page.url()).toBe(`${CMS}/api/feedback`);
        await check('CMS: bedankt voor uw reactie');
        await page.getByRole('textbox', { name: /Wilt u nog iets toelichten/ }).fill('Ik miste de contactgegevens.');
        await page.getByRole('button', { name: 'Toelichting versturen' }).click();
        await page.getByRole('heading', { name: 'Bedankt voor uw toelichting' }).waitFor();
        await check('CMS: bedankt voor uw toelichting');
      } finally {
        await context.close();
        await checker.context().close();
      }
      expect(report(found)).toEqual([]);
    });
  }
});
