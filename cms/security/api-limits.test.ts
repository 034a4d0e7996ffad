/**
 * The REST API's bounds on a read, for visitors and editors, on a real SQLite database: too deep,
 * all at once, too many per page, too complex a filter and too large an answer are refused with
 * a Dutch 400 before Payload serves them; admins are clamped by Payload's maxDepth instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceExample } from '../test/support/fixtures.ts';
import { paragraph, richText, text } from '../test/support/lexical.ts';
import { errorMessages } from '../test/support/rest-from.ts';
import { login, startStaffCms, type StaffCms } from '../test/support/roles.ts';
import { API_LIMITS } from './api-limits.ts';

let started: StaffCms;
const tokens: { anonymous?: string; editor?: string; admin?: string } = {};
let someId: number;

beforeAll(async () => {
  started = await startStaffCms('sqlite');
  const { payload, fx } = started;
  tokens.editor = await login(started.cms, fx.editor);
  tokens.admin = await login(started.cms, fx.admin);
  // Each relates to the one before: the chain that once doubled the answer with every level.
  let previous: number | undefined;
  for (let i = 0; i < 6; i++) {
    const doc = await payload.create({
      collection: 'practice-examples',
      data: practiceExample(fx, { title: `Grens ${i}`, ...(previous ? { related: [{ relationTo: 'practice-examples', value: previous }] } : {}) }),
    });
    previous = doc.id;
  }
  someId = previous!;
});
afterAll(async () => {
  await started?.cms.close();
});

const get = (route: string, token?: string) => started.cms.rest('GET', route, { token });
const manyConditions = Array.from({ length: API_LIMITS.maxWhereConditions + 1 }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&');

describe.each(['anonymous', 'editor'] as const)('%s', (role) => {
  const refused: [string, () => string, string][] = [
    ['the attack: everything, ten levels deep', () => '/api/practice-examples?pagination=false&depth=10', 'depth=10 is te diep: hoogstens 2 niveaus relaties worden meegeleverd. Vraag depth=2 of minder.'],
    ['depth 3 on a list', () => '/api/practice-examples?depth=3', 'depth=3 is te diep: hoogstens 2 niveaus relaties worden meegeleverd. Vraag depth=2 of minder.'],
    ['depth 5 on one document', () => `/api/practice-examples/${someId}?depth=5`, 'depth=5 is te diep: hoogstens 2 niveaus relaties worden meegeleverd. Vraag depth=2 of minder.'],
    ['pagination=false', () => '/api/themes?pagination=false', 'Alle documenten in één keer (pagination=false of limit=0) is alleen voor beheerders. Vraag ze per pagina op: limit=100 of minder, met page=1, 2, …'],
    ['limit=0', () => '/api/practice-examples?limit=0&depth=0', 'Alle documenten in één keer (pagination=false of limit=0) is alleen voor beheerders. Vraag ze per pagina op: limit=100 of minder, met page=1, 2, …'],
    ['limit=101', () => '/api/practice-examples?limit=101', 'limit=101 is te veel per pagina: hoogstens 100. Vraag de volgende documenten op met page=2, 3, …'],
    ['a filter of 21 conditions', () => `/api/practice-examples?${manyConditions}`, 'Het filter (where) heeft 21 voorwaarden: hoogstens 20. Verdeel de vraag over meer verzoeken.'],
  ];
  it.each(refused)('refuses %s with a Dutch 400', async (_name, route, message) => {
    const res = await get(route(), tokens[role]);
    expect(res.status).toBe(400);
    expect(await errorMessages(res)).toEqual([message]);
  });

  it('serves a page at the bounds: 100 documents, two levels deep', async () => {
    const res = await get('/api/practice-examples?limit=100&depth=2', tokens[role]);
    expect(res.status).toBe(200);
    const { docs } = (await res.json()) as { docs: { title: string; related?: { value: { related?: { value: unknown }[] } }[] }[] };
    expect(docs).toHaveLength(6);
    const withRelated = docs.find((d) => d.related?.length);
    // Two levels: the related document is populated, its own related one is an id.
    expect(typeof withRelated?.related?.[0]?.value).toBe('object');
  });
});

it('refuses an editor the versions of everything at once', async () => {
  const res = await get('/api/practice-examples/versions?pagination=false', tokens.editor);
  expect(res.status).toBe(400);
});

it('serves an admin everything at once, clamped to three levels by maxDepth', async () => {
  const res = await get('/api/practice-examples?pagination=false&depth=10', tokens.admin);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { docs: unknown[] }).docs).toHaveLength(6);
});

it('refuses an answer over 2 MB and serves the same documents a few at a time', async () => {
  const { payload, fx } = started;
  // 30 documents of about 90 KB of body text each: 2.7 MB in one page of 30.
  const words = 'leerlingen ouders school jeugdhulp samen wijkteam '.repeat(1_800);
  for (let i = 0; i < 30; i++) {
    await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: `Groot ${i}`, body: richText(paragraph(text(words))) }) });
  }
  const big = await get('/api/practice-examples?limit=30&depth=0&where[title][like]=Groot');
  expect(big.status).toBe(400);
  expect((await errorMessages(big))[0]).toMatch(/^Het antwoord zou 2,\d MB zijn: hoogstens 2 MB\. Vraag minder documenten per pagina \(limit\) of minder diep \(depth\)\.$/);
  expect((await get('/api/practice-examples?limit=10&depth=0&where[title][like]=Groot')).status).toBe(200);
});
