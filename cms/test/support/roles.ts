import type { User } from '../../payload-types.ts';
/**
 * Support for the access tests: the database adapters they run on, a CMS seeded with one admin
 * and one editor, those users as the Local API takes them, and a login token for the REST API.
 */
import type { Payload } from 'payload';
import { expect } from 'vitest';
import { seed, type Fixtures } from './fixtures.ts';
import { startTestCms, type AdapterName, type TestCms } from './payload.ts';

/** SQLite always; MongoDB too when MONGODB_URL is set (a replica set or Atlas URL, see README). */
export const adapters: { name: string; adapter: AdapterName; skip: boolean }[] = [
  { name: 'SQLite', adapter: 'sqlite', skip: false },
  { name: process.env.MONGODB_URL ? 'MongoDB' : 'MongoDB (skipped: MONGODB_URL unset)', adapter: 'mongodb', skip: !process.env.MONGODB_URL },
];

export interface StaffCms {
  cms: TestCms;
  payload: Payload;
  fx: Fixtures;
  /** The users as the Local API's `user` option takes them. */
  admin: User;
  editor: User;
}

export async function startStaffCms(adapter: AdapterName): Promise<StaffCms> {
  const cms = await startTestCms(adapter);
  const payload = cms.payload;
  const fx = await seed(payload);
  const asUser = async (id: number | string): Promise<User> => ({ ...(await payload.findByID({ collection: 'users', id })), collection: 'users' as const });
  return { cms, payload, fx, admin: await asUser(fx.admin.id), editor: await asUser(fx.editor.id) };
}

/** Logs in through the REST API and returns the JWT. */
export async function login(cms: TestCms, user: { email: string; password: string }): Promise<string> {
  const res = await cms.rest('POST', '/api/users/login', { body: { email: user.email, password: user.password } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}
