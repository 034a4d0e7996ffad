/**
 * PAYLOAD_SECRET signs logins. In production it must be set; for local use a random secret is
 * generated once and kept in <data dir>/payload-secret.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, type Env } from './paths.ts';

export function payloadSecret(env: Env = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET;
  if (env.NODE_ENV === 'production' && env.CMS_ALLOW_GENERATED_SECRET !== '1') {
    throw new Error('PAYLOAD_SECRET is not set: set it to a long random string in production.');
  }
  const file = path.join(dataDir(env), 'payload-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
