/**
 * The CMS accepts exactly what the contract accepts: values the contract refuses are refused on
 * their field through the REST API, in Dutch, with how to fix it; the rebuild never sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, practiceExample, type Fixtures } from '../test/support/fixtures.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

interface FieldError {
  path: string;
  message: string;
}

describe('a field refuses what the contract refuses, in Dutch', () => {
  let cms: TestCms;
  let fx: Fixtures;
  let jwt: string;
  beforeAll(async () => {
    cms = await startTestCms();
    fx = await seed(cms.payload);
    const res = await cms.rest('POST', '/api/users/login', { body: { email: fx.editor.email, password: fx.editor.password } });
    jwt = ((await res.json()) as { token: string }).token;
  });
  afterAll(async () => cms?.close());

  const post = async (overrides: Record<string, unknown>) => {
    const res = await cms.rest('POST', '/api/practice-examples', { token: jwt, body: practiceExample(fx, overrides) });
    const body = (await res.json()) as { errors?: { data?: { errors?: FieldError[] } }[] };
    return { status: res.status, errors: body.errors?.flatMap((e) => e.data?.errors ?? []) ?? [] };
  };

  it('accepts the complete practice example the cases below break', async () => {
    expect((await post({ title: 'Een geldig voorbeeld' })).status).toBe(201);
  });

  const EMPTY = 'Vul hier tekst in: alleen spaties of regeleinden tellen niet.';
  const cases: [string, Record<string, unknown>, FieldError][] = [
    ['a title of three spaces', { title: '   ' }, { path: 'title', message: EMPTY }],
    ['a summary of a space and a newline', { summary: ' \n' }, { path: 'summary', message: EMPTY }],
    ['an organisation name of two spaces', { organisations: [{ name: '  ', kind: 'school' }] }, { path: 'organisations.0.name', message: EMPTY }],
    ['a municipality of spaces', { municipalities: ['Dronten', '  '] }, { path: 'municipalities', message: EMPTY }],
    ['a title over its limit', { title: 'x'.repeat(141) }, { path: 'title', message: 'Dit veld moet korter zijn dan de maximale lengte van 140 tekens.' }],
    ['a javascript: link', { links: [{ title: 'Lees', url: 'javascript:alert(1)' }] }, { path: 'links.0.url', message: 'Vul een webadres in dat begint met http:// of https://, bijvoorbeeld https://www.voorbeeld.nl/.' }],
    ['an organisation website without http(s)', { organisations: [{ name: 'School', kind: 'school', url: 'www.school.nl' }] }, { path: 'organisations.0.url', message: 'Vul een webadres in dat begint met http:// of https://, bijvoorbeeld https://www.voorbeeld.nl/.' }],
    ['an age that is not whole', { ageMin: 3.5 }, { path: 'ageMin', message: 'Vul een heel getal in van 0 tot en met 27.' }],
    ['ageMax below ageMin', { ageMin: 12, ageMax: 4 }, { path: 'ageMax', message: 'De leeftijd tot en met moet minstens de leeftijd vanaf (12) zijn.' }],
    ['an old address that is no site path', { redirectFrom: ['oude-pagina'] }, { path: 'redirectFrom', message: '"oude-pagina" is geen pad op de site; gebruik bijvoorbeeld /praktijkvoorbeelden/oude-naam/.' }],
  ];

  it.each(cases)('refuses %s on its field', async (_name, overrides, expected) => {
    const { status, errors } = await post(overrides);
    expect(status).toBe(400);
    // An empty title also leaves the slug, derived from it, empty; that error is its own.
    expect(errors.filter((e) => e.path !== 'slug' || expected.path === 'slug')).toEqual([expect.objectContaining(expected)]);
  });

  const person = (overrides: Record<string, unknown>) => ({ slug: `persoon-${Math.random().toString(36).slice(2, 8)}`, name: 'Sanne de Vries', role: 'Intern begeleider', organisation: 'Basisschool De Brug', ...overrides });
  const postPerson = async (overrides: Record<string, unknown>) => {
    const res = await cms.rest('POST', '/api/people', { token: jwt, body: person(overrides) });
    const body = (await res.json()) as { errors?: { data?: { errors?: FieldError[] } }[] };
    return { status: res.status, errors: body.errors?.flatMap((e) => e.data?.errors ?? []) ?? [] };
  };

  it('accepts a person with an e-mail address and a Dutch phone number, written loosely', async () => {
    expect((await postPerson({ email: 'sanne@debrug.example', phone: '+31 (0)20 123 45 67' })).status).toBe(201);
  });

  it.each([
    ['an e-mail address without a domain', { email: 'sanne@debrug' }, { path: 'email', message: 'Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' }],
    ['a phone number that is not Dutch', { phone: '+32 2 123 45 67' }, { path: 'phone', message: 'Vul een Nederlands telefoonnummer in, bijvoorbeeld 020 123 4567, 06-12345678 of +31 20 123 4567.' }],
  ] as [string, Record<string, unknown>, FieldError][])('refuses %s on its field', async (_name, overrides, expected) => {
    const { status, errors } = await postPerson(overrides);
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining(expected)]);
  });
});
