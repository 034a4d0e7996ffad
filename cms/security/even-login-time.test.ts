/**
 * A failed login takes about as long for an address without an account as for one with, so the
 * time does not tell which addresses have one. Compared loosely, not timed: the medians of
 * interleaved attempts must lie within a factor of two (Payload alone: a factor of five to ten,
 * 10–20 ms against 90–145 ms, because it hashes the password only for a known address).
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInput } from '../test/support/create-input.ts';
import { restFrom } from '../test/support/rest-from.ts';
import { startStaffCms, type StaffCms } from '../test/support/roles.ts';

const ROUNDS = 8;
let started: StaffCms;
const known: string[] = [];

beforeAll(async () => {
  started = await startStaffCms('sqlite');
  // One failed attempt per account, so that none is locked during the test.
  for (let i = 0; i < ROUNDS; i++) {
    const email = `bekend-${i}@schoolnabij.test`;
    await started.payload.create({ collection: 'users', data: createInput('users', { email, password: 'het-goede-wachtwoord-1' }), overrideAccess: true });
    known.push(email);
  }
});
afterAll(async () => {
  await started?.cms.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function failedLogin(email: string, round: number): Promise<number> {
  // A fresh address per attempt: the rate limit is not what is measured here.
  const from = restFrom(started.cms, `198.51.100.${round * 2 + (email.startsWith('bekend') ? 0 : 1)}`);
  const start = performance.now();
  const res = await from('POST', '/api/users/login', { body: { email, password: 'een-fout-wachtwoord' } });
  const elapsed = performance.now() - start;
  expect(res.status).toBe(401);
  return elapsed;
}

it('takes about as long to refuse an unknown address as a known one', async () => {
  const knownTimes: number[] = [];
  const unknownTimes: number[] = [];
  await failedLogin('opwarmen@schoolnabij.test', 100);
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, so that a slow moment of a busy machine hits both alike.
    knownTimes.push(await failedLogin(known[round]!, round));
    unknownTimes.push(await failedLogin(`onbekend-${round}@schoolnabij.test`, round));
  }
  const ratio = median(unknownTimes) / median(knownTimes);
  expect(ratio, `median unknown ${median(unknownTimes).toFixed(0)} ms, known ${median(knownTimes).toFixed(0)} ms`).toBeGreaterThan(0.5);
  expect(ratio).toBeLessThan(2);
});
