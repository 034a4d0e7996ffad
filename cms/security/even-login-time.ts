/**
 * A failed login takes as long for an address without an account as for one with, so the time
 * does not tell which addresses have an account. Payload answers an unknown (or locked) address
 * before hashing the password, in a tenth of the time; for those, this hashes the password once
 * with the parameters Payload uses for stored passwords. What then still differs (Payload
 * counts the failed attempt in the database, a write whose time varies with the disk) is hidden
 * by answering every failed login no sooner than LOGIN_FAILURE_FLOOR_MS after it arrived.
 */
import { pbkdf2, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload';
import type { User } from '../payload-types.ts';
import { fieldOf } from './field-of.ts';

/** Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash.js): PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const;
/** A failed login is answered no sooner than this; a login takes 90–145 ms on an idle server. */
export const LOGIN_FAILURE_FLOOR_MS = 500;
/** The errors of a failed login: wrong address or password, and a locked account. */
const LOGIN_FAILURES = new Set(['AuthenticationError', 'LockedAuth']);
const STARTED = 'loginStartedAt';

const pbkdf2Async = promisify(pbkdf2);
const dummySalt = randomBytes(32).toString('hex');

/** The work Payload does to check a password, spent on nothing. */
export async function hashLikeALogin(password: string): Promise<void> {
  await pbkdf2Async(password, dummySalt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest);
}

export const evenLoginTime: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args;
  req.context[STARTED] = performance.now();
  const email = fieldOf(args.data, 'email');
  const password = fieldOf(args.data, 'password');
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args;
  const user = await req.payload.db.findOne<User>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  });
  const locked = user?.lockUntil ? new Date(user.lockUntil).getTime() > Date.now() : false;
  if (!user || locked) await hashLikeALogin(password);
  return args;
};

export const padFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const started = req.context[STARTED];
  if (typeof started !== 'number' || !LOGIN_FAILURES.has(error.name)) return;
  const wait = started + LOGIN_FAILURE_FLOOR_MS - performance.now();
  if (wait > 0) await sleep(wait);
};
