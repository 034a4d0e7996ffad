/**
 * Per-client rate limits: a fixed window per key ("login:203.0.113.7"), counted in memory of the
 * CMS process. Exceeding one answers HTTP 429 with a Dutch message saying when to try again.
 * Any endpoint can use one: `enforceRateLimit(req, LIMIT, key)` before it does its work.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload';

export interface RateLimit {
  /** Names the counter; keys of different limits never meet. */
  name: string;
  /** How many requests a key may make per window. */
  max: number;
  windowMs: number;
  /** What was done too often, for the message: "inlogpogingen". */
  what: string;
}

/** Thrown when a client exceeds a limit: Payload answers it with its status, 429, and the message. */
export class TooManyRequests extends APIError {
  constructor(limit: RateLimit, retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super(`Te veel ${limit.what} vanaf dit adres. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`, 429, null, true);
  }
}

/** Counters beyond this many keys first lose the expired ones, then the oldest: memory stays bounded. */
const MAX_KEYS = 50_000;

export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  /** `now` is the clock, for tests. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Counts one request of key under limit: how long to wait when it is over (else 0), and whether it is the first one over. */
  hit(limit: RateLimit, key: string): { waitMs: number; firstOver: boolean } {
    const id = `${limit.name}:${key}`;
    const now = this.#now();
    let window = this.#windows.get(id);
    if (!window || now - window.start >= limit.windowMs) {
      this.#windows.delete(id);
      if (this.#windows.size >= MAX_KEYS) this.#evict(now, limit.windowMs);
      window = { start: now, count: 0 };
      this.#windows.set(id, window);
    }
    window.count += 1;
    const over = window.count > limit.max;
    return { waitMs: over ? window.start + limit.windowMs - now : 0, firstOver: window.count === limit.max + 1 };
  }

  #evict(now: number, windowMs: number) {
    for (const [id, window] of this.#windows) if (now - window.start >= windowMs) this.#windows.delete(id);
    for (const id of this.#windows.keys()) {
      if (this.#windows.size < MAX_KEYS) break;
      this.#windows.delete(id);
    }
  }
}

/** One limiter per Payload instance: tests that start several CMSs do not share counters. */
const limiters = new WeakMap<Payload, RateLimiter>();

export function rateLimiterOf(payload: Payload): RateLimiter {
  let limiter = limiters.get(payload);
  if (!limiter) limiters.set(payload, (limiter = new RateLimiter()));
  return limiter;
}

/** Counts the request under limit for key and throws TooManyRequests when it is over. */
export function enforceRateLimit(req: PayloadRequest, limit: RateLimit, key: string): void {
  const { waitMs, firstOver } = rateLimiterOf(req.payload).hit(limit, key);
  // One line per client and window, not one per refused request.
  if (firstOver) req.payload.logger.warn(`rate limit ${limit.name} exceeded by ${key}`);
  if (waitMs > 0) throw new TooManyRequests(limit, waitMs);
}
