/**
 * "Was dit nuttig?" through POST /api/feedback on a real SQLite file: a form post (no
 * JavaScript) answered with a Dutch page, JSON answered with JSON, the comment as a second step,
 * Dutch 400s, a Dutch 429 per client address, rows without any address or identifier, CORS for
 * the site alone, reading for staff only, and the per-document summary the admin shows.
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Forbidden, handleEndpoints } from 'payload';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { TestCms } from '../test/support/payload.ts';
import { login, startStaffCms, type StaffCms } from '../test/support/roles.ts';
import { exportContent } from '../sync/export.ts';
import { FeedbackSummaryView } from './admin/FeedbackSummary.tsx';
import { FEEDBACK_LIMIT, THANKS } from './feedback-endpoint.ts';
import { MESSAGES } from './feedback-input.ts';
import { feedbackSummary, summaryLine } from './feedback-summary.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SITE = 'https://schoolnabij.test';
const PAGE = '/praktijkvoorbeelden/de-zeepbellenfabriek/';

let started: StaffCms;
let cms: TestCms;
beforeAll(async () => {
  process.env.SITE_URL = SITE;
  started = await startStaffCms('sqlite');
  cms = started.cms;
});
afterAll(async () => {
  await started?.cms.close();
  delete process.env.SITE_URL;
});

let nextAddress = 1;
/** A client at an address of its own, unless given one: the limit is per address. */
function post(body: Record<string, string> | object, options: { form?: boolean; address?: string; origin?: string } = {}) {
  const headers = new Headers({ 'X-Forwarded-For': options.address ?? `198.51.100.${nextAddress++}` });
  if (options.origin) headers.set('Origin', options.origin);
  const form = options.form ?? false;
  headers.set('Content-Type', form ? 'application/x-www-form-urlencoded' : 'application/json');
  const request = new Request('http://localhost/api/feedback', {
    method: 'POST',
    headers,
    body: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
  });
  return handleEndpoints({ config: cms.payload.config, request, path: '/api/feedback', payloadInstanceCacheKey: cms.env.CMS_DATA_DIR });
}

const messagesOf = async (res: Response) => ((await res.json()) as { errors: { message: string }[] }).errors.map((e) => e.message);
const rowsOn = async (path: string) => (await started.payload.find({ collection: 'feedback', where: { path: { equals: path } }, sort: 'createdAt' })).docs;

describe('without JavaScript: a form post', () => {
  it('stores ja, answers with a Dutch thank-you page linking back to the page, and takes a comment as the second step', async () => {
    const path = '/praktijkvoorbeelden/formulier/';
    const res = await post({ path, useful: 'ja' }, { form: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Bedankt voor uw reactie</h1>');
    expect(html).toContain(`<a href="${SITE}${path}">Terug naar de pagina</a>`);
    expect(await rowsOn(path)).toMatchObject([{ path, useful: 'ja' }]);
    expect((await rowsOn(path))[0].comment).toBeFalsy();

    const token = /name="token" value="([^"]+)"/.exec(html)![1];
    expect(html).toContain('<textarea id="toelichting" name="comment" rows="4" maxlength="500" required');
    const commented = await post({ path, token, comment: 'Heel bruikbaar voor ons team.' }, { form: true });
    expect(commented.status).toBe(200);
    const thanks = await commented.text();
    expect(thanks).toContain('<h1>Bedankt voor uw toelichting</h1>');
    expect(thanks).toContain(`<a href="${SITE}${path}">Terug naar de pagina</a>`);
    expect(await rowsOn(path)).toMatchObject([{ path, useful: 'ja', comment: 'Heel bruikbaar voor ons team.' }]);

    // One comment per answer: the token cannot overwrite it, nor serve another page.
    const again = await post({ path, token, comment: 'Overschreven' }, { form: true });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain(MESSAGES.token);
    expect((await rowsOn(path))[0].comment).toBe('Heel bruikbaar voor ons team.');
  });

  it('refuses an invalid post with a Dutch page whose back link never leaves the site', async () => {
    for (const path of ['https://kwaadwillend.example/', '//kwaadwillend.example/', '/../', 'javascript:alert(1)', '/Hoofdletters/', '/zonder-slash']) {
      const res = await post({ path, useful: 'nee' }, { form: true });
      expect(res.status, path).toBe(400);
      const html = await res.text();
      expect(html).toContain('<h1>Uw reactie is niet verstuurd</h1>');
      expect(html).toContain(MESSAGES.path);
      expect(html).toContain(`<a href="${SITE}/">Naar de homepage van Schoolnabij</a>`);
      expect(html).not.toContain('kwaadwillend');
    }
    expect((await started.payload.count({ collection: 'feedback', where: { useful: { equals: 'nee' }, path: { not_like: '/praktijk' } } })).totalDocs).toBe(0);
  });
});

describe('with JavaScript: JSON', () => {
  it('stores nee with a comment in one go, or ja and then the comment with the token', async () => {
    const path = '/over-ons/';
    const res = await post({ path, useful: 'nee', comment: '  Ik mis de contactgegevens.  ' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ message: THANKS.answer, token: expect.any(String) });
    const second = await post({ path, useful: true });
    const { token } = (await second.json()) as { token: string };
    const comment = await post({ path, token, comment: 'Duidelijk.' });
    expect(comment.status).toBe(200);
    expect(await comment.json()).toEqual({ message: THANKS.comment });
    expect((await rowsOn(path)).map((r) => [r.useful, r.comment])).toEqual([
      ['nee', 'Ik mis de contactgegevens.'],
      ['ja', 'Duidelijk.'],
    ]);
  });

  it('refuses in Dutch: no site path, no ja or nee, a comment over 500 characters, a forged token, no body', async () => {
    expect(await messagesOf(await post({ path: 'https://elders.example/', useful: 'ja' }))).toEqual([MESSAGES.path]);
    expect(await messagesOf(await post({ path: PAGE, useful: 'misschien' }))).toEqual([MESSAGES.useful]);
    const long = await post({ path: PAGE, useful: 'ja', comment: 'é'.repeat(501) });
    expect(long.status).toBe(400);
    expect(await messagesOf(long)).toEqual(['Uw toelichting is 501 tekens lang. Houd het bij hoogstens 500 tekens.']);
    expect((await post({ path: PAGE, useful: 'ja', comment: 'é'.repeat(500) })).status).toBe(201);
    expect(await messagesOf(await post({ path: PAGE, token: '1.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', comment: 'x' }))).toEqual([MESSAGES.token]);
    const { token } = (await (await post({ path: PAGE, useful: 'nee' })).json()) as { token: string };
    expect(await messagesOf(await post({ path: PAGE, token, comment: '   ' }))).toEqual([MESSAGES.commentMissing]);
    expect(await messagesOf(await post([1, 2]))).toEqual([MESSAGES.body]);
    expect(await messagesOf(await post({ path: PAGE, useful: 'ja', comment: 'x'.repeat(9000) }))).toEqual([MESSAGES.body]);
  });

  it('allows CORS for the site origin only', async () => {
    const fromSite = await post({ path: PAGE, useful: 'ja' }, { origin: SITE });
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(SITE);
    const fromElsewhere = await post({ path: PAGE, useful: 'ja' }, { origin: 'https://kwaadwillend.example' });
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limit', () => {
  it(`answers post ${FEEDBACK_LIMIT.max + 1} from one address with a Dutch 429, as JSON and as a page`, async () => {
    const address = '203.0.113.50';
    for (let i = 0; i < FEEDBACK_LIMIT.max; i++) expect((await post({ path: PAGE, useful: 'ja' }, { address })).status).toBe(201);
    const refused = await post({ path: PAGE, useful: 'ja' }, { address });
    expect(refused.status).toBe(429);
    expect(await messagesOf(refused)).toEqual(['Te veel reacties vanaf dit adres. Probeer het over 10 minuten opnieuw.']);
    const page = await post({ path: PAGE, useful: 'ja' }, { address, form: true });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Te veel reacties vanaf dit adres.');
    expect((await post({ path: PAGE, useful: 'ja' }, { address: '203.0.113.51' })).status).toBe(201);
  });
});

describe('what is stored', () => {
  it('is the path, ja or nee, the comment and the dates: no address, cookie or identifier of the reader', async () => {
    await post({ path: '/kolommen/', useful: 'ja', comment: 'Prima' }, { address: '203.0.113.99', origin: SITE });
    const db = new DatabaseSync(path.join(cms.env.CMS_DATA_DIR!, 'cms.db'), { readOnly: true });
    try {
      const columns = (db.prepare("SELECT name FROM pragma_table_info('feedback') ORDER BY name").all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(['comment', 'created_at', 'id', 'path', 'updated_at', 'useful']);
      const row = db.prepare("SELECT * FROM feedback WHERE path = '/kolommen/'").get() as Record<string, unknown>;
      expect(JSON.stringify(row)).not.toContain('203.0.113.99');
      // No other table took it either (sessions, logs, versions).
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
        expect(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()), name).not.toContain('203.0.113.99');
      }
    } finally {
      db.close();
    }
  });

  it('is never exported to content/', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-export-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    await exportContent({ payload: started.payload, contentDir: dir });
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toContain('Ik mis de contactgegevens');
    expect(files.map((f) => path.relative(dir, path.join(f.parentPath, f.name))).join()).not.toContain('feedback');
  });
});

describe('access', () => {
  it('lets staff read feedback, never anonymous visitors; nobody updates it or creates it but through the endpoint', async () => {
    expect((await cms.rest('GET', '/api/feedback')).status).toBe(403);
    const editorToken = await login(cms, started.fx.editor);
    const read = await cms.rest('GET', '/api/feedback?limit=1', { token: editorToken });
    expect(read.status).toBe(200);
    const { docs } = (await read.json()) as { docs: { id: number }[] };
    expect(docs).toHaveLength(1);
    const id = docs[0].id;
    expect((await cms.rest('GET', `/api/feedback/${id}`)).status).toBe(403);
    expect((await cms.rest('PATCH', `/api/feedback/${id}`, { token: editorToken, body: { comment: 'Gewijzigd' } })).status).toBe(403);
    const adminToken = await login(cms, started.fx.admin);
    expect((await cms.rest('PATCH', `/api/feedback/${id}`, { token: adminToken, body: { comment: 'Gewijzigd' } })).status).toBe(403);
    await expect(started.payload.create({ collection: 'feedback', data: { path: PAGE, useful: 'ja' }, overrideAccess: false })).rejects.toThrow(Forbidden);
    await expect(started.payload.create({ collection: 'feedback', data: { path: PAGE, useful: 'ja' }, overrideAccess: false, user: started.editor })).rejects.toThrow(Forbidden);
  });
});

describe('the summary editors see per document', () => {
  it('counts ja and nee for the document path and shows a hostile comment as text', async () => {
    const path = '/praktijkvoorbeelden/telling/';
    for (const useful of ['ja', 'ja', 'nee']) await post({ path, useful });
    await post({ path, useful: 'nee', comment: '<img src=x onerror=alert(1)><script>alert(2)</script>' });
    const summary = await feedbackSummary(started.payload, path, { user: { ...started.editor, collection: 'users' } });
    expect(summaryLine(summary)).toBe('Nuttig: 2 ja · 2 nee');
    expect(summary.comments).toHaveLength(1);
    const html = renderToStaticMarkup(FeedbackSummaryView({ summary, listUrl: '/admin/collections/feedback' }));
    expect(html).toContain('Nuttig: 2 ja · 2 nee');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img/);
    await expect(feedbackSummary(started.payload, path, {})).rejects.toThrow(Forbidden);
  });
});
