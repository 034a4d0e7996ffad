/**
 * A failed login takes as long for an address without an account as for one with: Payload
 * answers an unknown (or locked) address before hashing the password, in a tenth of the time, so
 * the time told which addresses have an account. For those, this hook hashes the password once
 * with the parameters Payload uses for stored passwords, then lets Payload refuse as before.
 */
import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { CollectionBeforeOperationHook } from 'payload';
import type { User } from '../payload-types.ts';
import { fieldOf } from './field-of.ts';

/** Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash.js): PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const;

const pbkdf2Async = promisify(pbkdf2);
const dummySalt = randomBytes(32).toString('hex');

/** The work Payload does to check a password, spent on nothing. */
export async function hashLikeALogin(password: string): Promise<void> {
  await pbkdf2Async(password, dummySalt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest);
}

export const evenLoginTime: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args;
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
