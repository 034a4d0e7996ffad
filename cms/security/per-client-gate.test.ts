/** The per-client gate: a client's requests beyond its slots wait their turn, beyond its queue are refused, and other clients go on beside it. */
import { expect, it } from 'vitest';
import { PerClientGate } from './per-client-gate.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

it('runs two requests of one client at once, queues the next, refuses past the queue, and lets another client through', async () => {
  const gate = new PerClientGate(2, 1);
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
  const gate = new PerClientGate(1, 0);
  await expect(gate.run('a', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
  expect(await gate.run('a', async () => 'weer'))
    .toBe('weer');
});
