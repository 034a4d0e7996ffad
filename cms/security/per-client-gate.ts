/**
 * Each client address gets a fair share of the API: at most IN_PROGRESS_PER_CLIENT requests in
 * progress at once, the next ones waiting their turn (past QUEUE_PER_CLIENT: 429 at once), and
 * a time budget: the time its requests take is paid from a budget that refills at
 * SHARE_PER_CLIENT seconds a second (up to BURST_SECONDS), and a client whose budget is spent
 * waits until it refills. One client with twenty connections then has a quarter of the
 * server's time, and a visitor's request goes on beside it (bench/cms-load.ts). Wraps the route
 * handlers of /api, where a request's end is known for certain, so no slot is ever lost.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { clientAddress } from './client-address.ts';

export const IN_PROGRESS_PER_CLIENT = 2;
export const QUEUE_PER_CLIENT = 50;
/** Seconds of request time a client earns per second. */
export const SHARE_PER_CLIENT = 0.25;
/** The most a client can save up: an admin page that asks for many things at once. */
export const BURST_SECONDS = 2;
/** Past this many addresses, the idle ones are forgotten: memory stays bounded whatever addresses are claimed. */
const MAX_CLIENTS = 50_000;

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

interface Client {
  running: number;
  waiting: (() => void)[];
  /** Seconds of request time left, as of `at`. */
  budget: number;
  at: number;
}

export class PerClientGate {
  readonly #clients = new Map<string, Client>();
  readonly #now: () => number;
  readonly inProgress: number;
  readonly queue: number;

  constructor(inProgress = IN_PROGRESS_PER_CLIENT, queue = QUEUE_PER_CLIENT, now: () => number = () => performance.now()) {
    this.inProgress = inProgress;
    this.queue = queue;
    this.#now = now;
  }

  /** Runs work when the client has a free slot and time left; undefined when its queue is full. */
  async run<T>(address: string, work: () => Promise<T>): Promise<T | undefined> {
    let client = this.#clients.get(address);
    if (!client) {
      if (this.#clients.size >= MAX_CLIENTS) for (const [key, idle] of this.#clients) if (idle.running === 0) this.#clients.delete(key);
      this.#clients.set(address, (client = { running: 0, waiting: [], budget: BURST_SECONDS, at: this.#now() }));
    }
    if (client.running >= this.inProgress) {
      if (client.waiting.length >= this.queue) return undefined;
      await new Promise<void>((resolve) => client.waiting.push(resolve));
    } else {
      client.running += 1;
    }
    try {
      for (let budget = this.#refill(client); budget <= 0; budget = this.#refill(client)) await sleep((-budget / SHARE_PER_CLIENT) * 1000 + 1);
      const started = this.#now();
      try {
        return await work();
      } finally {
        this.#refill(client);
        client.budget -= (this.#now() - started) / 1000;
      }
    } finally {
      // The slot passes to the next in line, or is freed; an idle client with a full budget is forgotten.
      const next = client.waiting.shift();
      if (next) next();
      else if (--client.running === 0 && client.budget >= BURST_SECONDS) this.#clients.delete(address);
    }
  }

  #refill(client: Client): number {
    const now = this.#now();
    client.budget = Math.min(BURST_SECONDS, client.budget + ((now - client.at) / 1000) * SHARE_PER_CLIENT);
    client.at = now;
    return client.budget;
  }
}

const gate = new PerClientGate();

const busy = () =>
  Response.json(
    { errors: [{ message: 'Te veel gelijktijdige verzoeken vanaf dit adres. Wacht tot de vorige klaar zijn en probeer het dan opnieuw.' }] },
    { status: 429 },
  );

/** The route handler, its requests taking their turn per client address. */
export function perClient<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => (await gate.run(clientAddress(request), () => handler(request, ...rest))) ?? busy();
}
