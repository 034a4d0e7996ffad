/**
 * The preview link: what the CMS hands a logged-in editor and the preview server accepts. A link
 * names one document and carries an expiry and an HMAC of both, keyed by a secret derived from
 * PAYLOAD_SECRET, so it cannot be guessed or stretched to another document. A valid link opens a
 * preview session (a cookie signed the same way) for the page's own assets and reloads.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a link, and the session it opens, stays valid. */
export const PREVIEW_LINK_MINUTES = 60;
export const PREVIEW_SESSION_COOKIE = 'schoolnabij-voorbeeld';
/** Where `npm run preview` (and so `npm start`) serves previews when PREVIEW_URL is not set. */
export const LOCAL_PREVIEW_URL = 'http://localhost:4322';

/** The preview server's key, derived from the CMS's secret: the two never share PAYLOAD_SECRET itself. */
export function previewSecret(payloadSecret: string): string {
  return createHmac('sha256', payloadSecret).update('schoolnabij:preview').digest('base64url');
}

/** The preview page of one document, by its CMS id (stable when the slug changes). */
export function previewPath(collection: string, id: string | number): string {
  return `/voorbeeld/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}/`;
}

const sign = (secret: string, subject: string, expires: number) =>
  createHmac('sha256', secret).update(`${subject}\u0000${expires}`).digest('base64url');

function signed(secret: string, subject: string, now: number): string {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_MINUTES * 60;
  return `${expires}.${sign(secret, subject, expires)}`;
}

function valid(secret: string, subject: string, token: string | null | undefined, now: number): boolean {
  const [expiresText, signature, ...rest] = (token ?? '').split('.');
  const expires = Number(expiresText);
  if (rest.length || !signature || !Number.isInteger(expires) || expires * 1000 < now) return false;
  const expected = Buffer.from(sign(secret, subject, expires));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The token of a link to one document's preview. */
export const signPreviewLink = (secret: string, collection: string, id: string | number, now = Date.now()) =>
  signed(secret, `link\u0000${collection}\u0000${id}`, now);

export const verifyPreviewLink = (secret: string, collection: string, id: string | number, token: string | null | undefined, now = Date.now()) =>
  valid(secret, `link\u0000${collection}\u0000${id}`, token, now);

/** The value of the session cookie a valid link sets. */
export const signPreviewSession = (secret: string, now = Date.now()) => signed(secret, 'session', now);

export const verifyPreviewSession = (secret: string, value: string | null | undefined, now = Date.now()) => valid(secret, 'session', value, now);
