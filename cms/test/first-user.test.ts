/** Payload's create-first-user screen (POST /api/users/first-register) on an empty database. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { User } from '../payload-types.ts';
import { startTestCms, type TestCms } from './support/payload.ts';
import { errorMessages } from './support/rest-from.ts';

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.close();
});

it('refuses a first account whose password is shorter than 12 characters, in Dutch', async () => {
  const res = await cms.rest('POST', '/api/users/first-register', { body: { email: 'eerste@schoolnabij.test', password: 'elf-tekens1', confirmPassword: 'elf-tekens1' } });
  expect(res.status).toBe(400);
  expect(await errorMessages(res)).toEqual(['Het wachtwoord is te kort: 11 tekens. Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld een zin van een paar woorden.']);
  expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(0);
});

it('makes the first account an admin, even when it asks for less, and only once', async () => {
  const first = await cms.rest('POST', '/api/users/first-register', {
    body: { email: 'eerste@schoolnabij.test', password: 'eerste-wachtwoord-1', confirmPassword: 'eerste-wachtwoord-1', roles: ['editor'] },
  });
  expect(first.status).toBe(200);
  const { user } = (await first.json()) as { user: User };
  expect(user.roles).toEqual(['admin']);

  const second = await cms.rest('POST', '/api/users/first-register', {
    body: { email: 'tweede@schoolnabij.test', password: 'tweede-wachtwoord-1', confirmPassword: 'tweede-wachtwoord-1', roles: ['admin'] },
  });
  expect(second.status).toBe(403);
  expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(1);
});
