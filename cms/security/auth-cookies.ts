/**
 * The login cookie of the CMS: `Secure` in production, so it is never sent over plain http;
 * SameSite=Lax (Payload's default) keeps it off cross-site requests other than navigations, and
 * the csrf list (origins.ts) refuses it on requests from any other origin.
 */
import type { CollectionConfig } from 'payload';
import type { Env } from '../paths.ts';

/** The auth collection with its cookie options set for the environment. */
export function withSecureCookies(collection: CollectionConfig, env: Env = process.env): CollectionConfig {
  const auth = typeof collection.auth === 'object' ? collection.auth : {};
  return { ...collection, auth: { ...auth, cookies: { ...auth.cookies, sameSite: 'Lax', secure: env.NODE_ENV === 'production' } } };
}
