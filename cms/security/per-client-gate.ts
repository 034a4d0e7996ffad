/**
 * At most a few API requests of one client address in progress at once; the next ones wait
 * their turn, and past a queue of QUEUE_PER_CLIENT they are answered 429 at once. One client
 * with twenty connections then gets the server's attention of one client, and the requests of
 * everyone else go on beside it (bench/cms-load.ts). Wraps the route handlers of /api, where a
 * request's end is known for certain, so that a slot can never be lost.
 */
import { clientAddress } from './client-address.ts';

export const IN_PROGRESS_PER_CLIENT = 2;
export const QUEUE_PER_CLIENT = 50;

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

export class PerClientGate {
  readonly #clients = new Map<string, { running: number; waiting: (() => void)[] }>();
  readonly inProgress: number;
  readonly queue: number;

  constructor(inProgress = IN_PROGRESS_PER_CLIENT, queue = QUEUE_PER_CLIENT) {
    this.inProgress = inProgress;
    this.queue = queue;
  }

  /** Runs work when the client has a free slot; undefined when its queue is full. */
  async run<T>(client: string, work: () => Promise<T>): Promise<T | undefined> {
    let state = this.#clients.get(client);
    if (!state) this.#clients.set(client, (state = { running: 0, waiting: [] }));
    if (state.running >= this.inProgress) {
      if (state.waiting.length >= this.queue) return undefined;
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    } else {
      state.running += 1;
    }
    try {
      return await work();
    } finally {
      // The slot passes to the next in line, or is freed.
      const next = state.waiting.shift();
      if (next) next();
      else if (--state.running === 0) this.#clients.delete(client);
    }
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
