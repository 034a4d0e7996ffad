/**
 * Where a document stands on the site, through the endpoint the sidebar polls, with real builds of
 * the sample content: queued, being built, live with its public link; and failed with a Dutch
 * reason that names the field when the contract refuses the document.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../contract/vocabulary.ts';
import { PUBLISHED_MESSAGE } from '../hooks/published-message.ts';
import type { PracticeExample } from '../payload-types.ts';
import { importContent } from '../sync/import.ts';
import { createInput } from '../test/support/create-input.ts';
import { paragraph, richText, text } from '../test/support/lexical.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import type { DocumentStatus } from './document-status.ts';
import type { SiteBuildSummary } from './site-build-summary.ts';

const SITE_URL = 'https://voorbeeld.schoolnabij.test';
const DUTCH_DATE_TIME = /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} \d{2}:\d{2}$/;

describe('the publish status of a document', () => {
  let cms: TestCms;
  let token: string;
  let id: number;

  const status = async (auth: string | null = token) => {
    const res = await cms.rest('GET', `/api/publish-status/practice-examples/${id}`, { token: auth ?? undefined });
    return { code: res.status, body: (await res.json()) as DocumentStatus };
  };
  /** Runs the waiting rebuild, recording every state the document passes through meanwhile. */
  async function runAndWatch(): Promise<string[]> {
    const seen = [(await status()).body.state];
    let done = false;
    const run = cms.payload.jobs.run().finally(() => (done = true));
    while (!done) {
      const { state } = (await status()).body;
      if (state !== seen.at(-1)) seen.push(state);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await run;
    const { state } = (await status()).body;
    if (state !== seen.at(-1)) seen.push(state);
    return seen;
  }

  beforeAll(async () => {
    cms = await startTestCms('sqlite', { SITE_URL });
    await importContent({ payload: cms.payload, contentDir: path.resolve('content') });
    await cms.payload.create({ collection: 'users', data: createInput('users', { email: 'redactie@schoolnabij.test', password: 'status-wachtwoord-1', roles: ['editor'] }) });
    const login = await cms.rest('POST', '/api/users/login', { body: { email: 'redactie@schoolnabij.test', password: 'status-wachtwoord-1' } });
    token = ((await login.json()) as { token: string }).token;
    const theme = (await cms.payload.find({ collection: 'themes', limit: 1 })).docs[0]!;
    const draft = await cms.payload.create({
      collection: 'practice-examples',
      draft: true,
      data: createInput('practice-examples', {
        title: 'De zeepbellenfabriek',
        summary: 'Een school en een jeugdhulpaanbieder werken samen.',
        publishedAt: '2026-11-20',
        themes: [theme.id],
        sectors: ['vo'],
        organisations: [{ name: 'Het Proefcollege', kind: 'school' }],
        body: richText(paragraph(text('Leerlingen bouwen samen een zeepbellenfabriek.'))) as PracticeExample['body'],
        _status: 'draft',
      }),
    });
    id = draft.id;
  }, 180_000);
  afterAll(() => cms?.close());

  it('is for staff only', async () => {
    expect((await status(null)).code).toBe(403);
    expect((await cms.rest('GET', '/api/site-build-status')).status).toBe(403);
  });

  it('says a document that was never published is not published yet', async () => {
    expect(await status()).toEqual({ code: 200, body: { state: 'unpublished', text: 'Nog niet gepubliceerd' } });
  });

  it('tells the editor after publishing that the page will be live shortly', async () => {
    const res = await cms.rest('PATCH', `/api/practice-examples/${id}?draft=false`, { token, body: { _status: 'published' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { message: string }).message).toBe(PUBLISHED_MESSAGE);
    // A draft keeps Payload's own message.
    const draft = await cms.rest('PATCH', `/api/practice-examples/${id}?draft=true`, { token, body: { summary: 'Een concept van de samenvatting.' } });
    expect(((await draft.json()) as { message: string }).message).toBe('Concept succesvol bewaard.');
  });

  it('goes from queued to building to live, with a link to its public page', async () => {
    expect((await status()).body).toEqual({ state: 'queued', text: 'In de wachtrij' });
    expect(await runAndWatch()).toEqual(['queued', 'building', 'live']);
    const { body } = await status();
    expect(body.text).toMatch(/^Live op de site sinds \d{2}:\d{2}$/);
    expect(body.link).toEqual({ href: `${SITE_URL}${documentPath('practice-examples', 'de-zeepbellenfabriek')}`, label: 'Bekijk op de site' });
  }, 240_000);

  it('fails with a Dutch reason that names the field when the contract refuses the document', async () => {
    await cms.payload.update({ collection: 'practice-examples', id, data: { title: 'De zeepbellenfabriek', summary: 'Nu met een leeftijd.', ageMin: 12, _status: 'published' } });
    expect((await status()).body.state).toBe('queued');
    // A value the CMS's own validation would refuse, as left by an older version of the contract.
    await cms.payload.db.updateOne({ collection: 'practice-examples', id, data: { ageMin: 99 } });
    const reason = 'het veld „Leeftijd vanaf" van dit praktijkvoorbeeld moet een heel getal van 0 tot en met 27 zijn (nu 99). Pas dat aan en publiceer opnieuw.';
    // The contract check fails within milliseconds of the start: "building" may pass unseen.
    expect((await runAndWatch()).filter((state) => state !== 'building')).toEqual(['queued', 'failed']);
    expect((await status()).body).toEqual({ state: 'failed', text: `Niet gelukt: ${reason} Er volgt nog een poging.` });
    await cms.payload.jobs.run();
    await cms.payload.jobs.run();
    expect((await status()).body).toEqual({ state: 'failed', text: `Niet gelukt: ${reason}` });

    // Sitebouw: the same reason in words, Dutch dates, and none of the technical error.
    const res = await cms.rest('GET', '/api/site-build-status', { token });
    const summary = (await res.json()) as SiteBuildSummary;
    const row = (label: string) => summary.rows.find((r) => r.label === label)?.value;
    expect(summary.state).toBe('mislukt');
    expect(row('Laatste bouw')).toBe('Mislukt');
    expect(row('Reden')).toBe('Praktijkvoorbeeld „De zeepbellenfabriek": het veld „Leeftijd vanaf" moet een heel getal van 0 tot en met 27 zijn (nu 99). Pas dat aan en publiceer opnieuw; daarna wordt de website weer bijgewerkt.');
    expect(row('Aanleiding')).toBe('Praktijkvoorbeeld „De zeepbellenfabriek" gepubliceerd');
    expect(row('Begonnen op')).toMatch(DUTCH_DATE_TIME);
    expect(row('Klaar op')).toMatch(DUTCH_DATE_TIME);
    expect(summary.history.map((b) => b.state)).toEqual(['Mislukt', 'Mislukt', 'Mislukt', 'Gelukt']);
    expect(JSON.stringify(summary)).not.toMatch(/ageMin|content\.export|violation|expected a whole number/);
  }, 240_000);
});
