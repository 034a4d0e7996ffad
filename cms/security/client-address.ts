/**
 * The address a request came from, for per-client limits. Next.js sets X-Forwarded-For to the
 * socket's address when a request arrives without one, and a proxy in front appends the address
 * it saw; the rightmost entry is therefore the one our own side wrote. Without a proxy a client
 * can send the header itself, so in production the CMS belongs behind a proxy that sets it
 * (README, Deployment).
 */
import type { PayloadRequest } from 'payload';

/** The rightmost X-Forwarded-For entry, or 'onbekend' when there is none (in-process calls). */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers?.get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1);
  return last ? normaliseAddress(last) : 'onbekend';
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normaliseAddress(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}
