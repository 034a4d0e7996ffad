/**
 * The API shared fairly between client addresses. Each address has at most
 * IN_PROGRESS_PER_CLIENT requests in progress and starts at most REQUESTS_PER_SECOND a second
 * (a burst of BURST_REQUESTS); the next ones wait their turn, and past QUEUE_PER_CLIENT waiting
 * they are refused with 429. Reads share READS_IN_PROGRESS slots across all clients, and a free
 * slot goes to the waiting client that has used the API least lately (its request time, halved
 * every USAGE_HALF_LIFE_S). One client with twenty connections asking for the most the API
 * allows then waits behind a visitor instead of the other way round (bench/cms-load.ts).
 *
 * Wall time is what is counted, as a single Node process cannot tell CPU time per request; under
 * contention every client's requests take longer alike, so the order stays fair. An earlier gate
 * gave each client a fixed time budget instead, which throttled the visitor too: under load its
 * own requests took long enough to spend it. The gate wraps the route handlers of /api, where a
 * request's end is known for certain, so no slot is ever lost.
 */
import { clientAddress } from './client-address.ts';

export const IN_PROGRESS_PER_CLIENT = 2;
export const QUEUE_PER_CLIENT = 50;
/** Reads in progress across all clients: the work is mostly JavaScript on one thread, so more at once only makes each slower. */
export const READS_IN_PROGRESS = 2;
/** A client's request starts, refilled each second; an admin view asks for about a dozen things at once. */
export const REQUESTS_PER_SECOND = 20;
export const BURST_REQUESTS = 20;
/** How fast a client's past use is forgotten. */
export const USAGE_HALF_LIFE_S = 10;
/** Seconds every request counts for on top of its own time: a flood of quick refusals is use too. */
const COST_PER_REQUEST_S = 0.002;
/** Past this many addresses, the idle ones are forgotten: memory stays bounded whatever addresses are claimed. */
const MAX_CLIENTS = 50_000;

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

interface Turn {
  read: boolean;
  start: () => void;
}

interface Client {
  running: number;
  waiting: Turn[];
  /** Decayed seconds of request time, as of `at`. */
  usage: number;
  /** Request starts left, as of `at`. */
  tokens: number;
  at: number;
}

export interface GateLimits {
  inProgress: number;
  queue: number;
  reads: number;
  perSecond: number;
  burst: number;
}

const DEFAULTS: GateLimits = {
  inProgress: IN_PROGRESS_PER_CLIENT,
  queue: QUEUE_PER_CLIENT,
  reads: READS_IN_PROGRESS,
  perSecond: REQUESTS_PER_SECOND,
  burst: BURST_REQUESTS,
};

export class PerClientGate {
  readonly #clients = new Map<string, Client>();
  /** Clients with a turn waiting. */
  readonly #queued = new Set<Client>();
  readonly #limits: GateLimits;
  readonly #now: () => number;
  #reads = 0;
  #wakeup: ReturnType<typeof setTimeout> | undefined;

  constructor(limits: Partial<GateLimits> = {}, now: () => number = () => performance.now()) {
    this.#limits = { ...DEFAULTS, ...limits };
    this.#now = now;
  }

  /** Runs work in the client's turn; undefined when its queue is full. */
  async run<T>(address: string, work: () => Promise<T>, { read = false } = {}): Promise<T | undefined> {
    const client = this.#client(address);
    let start!: () => void;
    const ready = new Promise<void>((resolve) => (start = resolve));
    const turn: Turn = { read, start };
    client.waiting.push(turn);
    this.#queued.add(client);
    this.#pump();
    // Still waiting (pump starts a turn by taking it off the list), behind a full queue.
    const place = client.waiting.indexOf(turn);
    if (place !== -1 && client.waiting.length > this.#limits.queue) {
      client.waiting.splice(place, 1);
      if (client.waiting.length === 0) this.#queued.delete(client);
      this.#forgetIfIdle(address, client);
      return undefined;
    }
    await ready;
    // SQLite answers synchronously, so a read runs as one long chain of promises: let sockets
    // and timers in first, or a visitor's request waits behind every queued read in turn.
    await new Promise((resolve) => setImmediate(resolve));
    const begun = this.#now();
    try {
      return await work();
    } finally {
      this.#decay(client);
      client.usage += (this.#now() - begun) / 1000 + COST_PER_REQUEST_S;
      client.running -= 1;
      if (read) this.#reads -= 1;
      this.#forgetIfIdle(address, client);
      this.#pump();
    }
  }

  #client(address: string): Client {
    let client = this.#clients.get(address);
    if (!client) {
      if (this.#clients.size >= MAX_CLIENTS) for (const [key, idle] of this.#clients) this.#forgetIfIdle(key, idle, true);
      client = { running: 0, waiting: [], usage: 0, tokens: this.#limits.burst, at: this.#now() };
      this.#clients.set(address, client);
    }
    return client;
  }

  /** Starts waiting turns while slots are free, the least-used client first. */
  #pump(): void {
    for (;;) {
      let best: Client | undefined;
      let soonest = Infinity;
      for (const client of this.#queued) {
        const turn = client.waiting[0]!;
        if (client.running >= this.#limits.inProgress || (turn.read && this.#reads >= this.#limits.reads)) continue;
        this.#decay(client);
        if (client.tokens < 1) {
          soonest = Math.min(soonest, ((1 - client.tokens) / this.#limits.perSecond) * 1000);
          continue;
        }
        if (!best || client.usage < best.usage) best = client;
      }
      if (!best) {
        if (soonest < Infinity && !this.#wakeup) this.#wakeup = setTimeout(() => ((this.#wakeup = undefined), this.#pump()), Math.ceil(soonest));
        return;
      }
      const turn = best.waiting.shift()!;
      if (best.waiting.length === 0) this.#queued.delete(best);
      best.running += 1;
      best.tokens -= 1;
      if (turn.read) this.#reads += 1;
      turn.start();
    }
  }

  /** Brings a client's usage and tokens up to now. */
  #decay(client: Client): void {
    const now = this.#now();
    const seconds = (now - client.at) / 1000;
    client.usage *= 0.5 ** (seconds / USAGE_HALF_LIFE_S);
    client.tokens = Math.min(this.#limits.burst, client.tokens + seconds * this.#limits.perSecond);
    client.at = now;
  }

  /** An idle client that has nearly no recent use is forgotten (or any idle one, when `anyIdle`). */
  #forgetIfIdle(address: string, client: Client, anyIdle = false): void {
    if (client.running > 0 || client.waiting.length > 0) return;
    this.#decay(client);
    if (anyIdle || (client.usage < 0.001 && client.tokens >= this.#limits.burst)) this.#clients.delete(address);
  }
}

const gate = new PerClientGate();

const busy = () =>
  Response.json(
    { errors: [{ message: 'Te veel gelijktijdige verzoeken vanaf dit adres. Wacht tot de vorige klaar zijn en probeer het dan opnieuw.' }] },
    { status: 429 },
  );

/** A read: a GET, or a POST that Payload treats as one (its method-override header). */
function isRead(request: Request): boolean {
  const method = (request.headers.get('x-payload-http-method-override') ?? request.method).toUpperCase();
  return method === 'GET' || method === 'HEAD';
}

/** The route handler, its requests taking their turn per client address. */
export function perClient<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => (await gate.run(clientAddress(request), () => handler(request, ...rest), { read: isRead(request) })) ?? busy();
}
