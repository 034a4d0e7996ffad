/**
 * The second step of "Was dit nuttig?": after a reader's ja or nee, the answer may get a
 * comment. The CMS hands the reader a token for that one answer (its row id and an expiry,
 * signed with the Payload secret); nothing of it is stored, and it names the answer, not the
 * reader. A comment with a valid token is added once, within the hour.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const COMMENT_TOKEN_TTL_MS = 60 * 60_000;

function signature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`feedback-comment:${body}`).digest('base64url');
}

export function commentToken(secret: string, id: number | string, now = Date.now()): string {
  const body = `${id}.${now + COMMENT_TOKEN_TTL_MS}`;
  return `${body}.${signature(secret, body)}`;
}

/** The answer's id when the token is genuine and not expired, else undefined. */
export function answerOfToken(secret: string, token: string, now = Date.now()): string | undefined {
  const match = /^([A-Za-z0-9]{1,40})\.(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, id, expires, given] = match;
  const expected = Buffer.from(signature(secret, `${id}.${expires}`));
  if (!timingSafeEqual(expected, Buffer.from(given))) return undefined;
  return Number(expires) >= now ? id : undefined;
}
