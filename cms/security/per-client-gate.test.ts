/**
 * The per-client gate: a client's requests beyond its slots wait their turn, beyond its queue are
 * refused, other clients go on beside it, a free read slot goes to the least-used client, and a
 * client's request starts are rationed.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { PerClientGate } from './per-client-gate.ts';

/** A turn of the event loop, past the gate's setImmediate (not faked below). */
const immediate = () => new Promise((resolve) => setImmediate(resolve));
/**
 * A timer's turn and then past the gate's setImmediate: from a promise continuation a timer of 0 ms
 * can fire before an immediate scheduled earlier, on a busy machine (CI, 3 December 07:19 UTC).
 */
const tick = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await immediate();
};

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

it('runs two requests of one client at once, queues the next, refuses past the queue, and lets another client through', async () => {
  const gate = new PerClientGate({ inProgress: 2, queue: 1 });
  const started: string[] = [];
  const holds = [deferred(), deferred(), deferred()];
  const work = (name: string, hold: Promise<void>) => async () => {
    started.push(name);
    await hold;
    return name;
  };
  const a1 = gate.run('a', work('a1', holds[0]!.promise));
  const a2 = gate.run('a', work('a2', holds[1]!.promise));
  const a3 = gate.run('a', work('a3', holds[2]!.promise));
  const a4 = gate.run('a', work('a4', Promise.resolve()));
  expect(await a4).toBeUndefined();
  expect(await gate.run('b', work('b1', Promise.resolve()))).toBe('b1');
  expect(started).toEqual(['a1', 'a2', 'b1']);
  holds[0]!.resolve();
  expect(await a1).toBe('a1');
  holds[2]!.resolve();
  expect(await a3).toBe('a3');
  expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
  holds[1]!.resolve();
  expect(await a2).toBe('a2');
});

it('frees the slot of a request that fails', async () => {
  const gate = new PerClientGate({ inProgress: 1, queue: 0 });
  await expect(gate.run('a', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
  expect(await gate.run('a', async () => 'weer'))
    .toBe('weer');
});

it('gives a free read slot to the client that has used the API least, not to the first in line', async () => {
  let clock = 0;
  const gate = new PerClientGate({ reads: 1 }, () => clock);
  const started: string[] = [];
  const holds = [deferred(), deferred(), deferred()];
  const read = (address: string, name: string, hold: Promise<void>) =>
    gate.run(address, async () => (started.push(name), await hold, name), { read: true });
  // The attacker has been busy for a second; then its next read and a visitor's both wait.
  const a1 = read('aanvaller', 'a1', holds[0]!.promise);
  const a2 = read('aanvaller', 'a2', holds[1]!.promise);
  const v1 = read('bezoeker', 'v1', holds[2]!.promise);
  await tick();
  expect(started).toEqual(['a1']);
  clock += 1000;
  holds[0]!.resolve();
  await a1;
  await tick();
  expect(started).toEqual(['a1', 'v1']);
  holds[2]!.resolve();
  await v1;
  await tick();
  expect(started).toEqual(['a1', 'v1', 'a2']);
  holds[1]!.resolve();
  expect(await a2).toBe('a2');
});

it("lets writes past the shared read slots, within the client's own", async () => {
  const gate = new PerClientGate({ reads: 1 });
  const hold = deferred();
  const reading = gate.run('a', () => hold.promise, { read: true });
  expect(await gate.run('b', async () => 'geschreven')).toBe('geschreven');
  hold.resolve();
  await reading;
});

afterEach(() => vi.useRealTimers());

it('starts at most its rate of requests a second for one client, the rest waiting', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const gate = new PerClientGate({ perSecond: 2, burst: 1 }, () => Date.now());
  const started: number[] = [];
  const runs = [1, 2, 3].map((n) => gate.run('a', async () => started.push(n)));
  await vi.advanceTimersByTimeAsync(0);
  await immediate();
  expect(started).toEqual([1]);
  await vi.advanceTimersByTimeAsync(500);
  await immediate();
  expect(started).toEqual([1, 2]);
  await vi.advanceTimersByTimeAsync(500);
  await immediate();
  expect(started).toEqual([1, 2, 3]);
  await Promise.all(runs);
});
