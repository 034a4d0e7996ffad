import { spawnSync, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { currentOwner, ownerIsGone } from './process-owner.ts';

const me = JSON.parse(currentOwner()) as { host: string; boot: string; pid: number; instance: string };
const owner = (changes: Partial<typeof me>) => JSON.stringify({ ...me, ...changes });

describe('whether the owner of a lock or a job is gone', () => {
  it('is not this process, nor another process of this machine that still runs', async () => {
    expect(ownerIsGone(currentOwner())).toBe(false);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], { stdio: 'ignore' });
    try {
      expect(ownerIsGone(owner({ pid: child.pid!, instance: 'another' }))).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('is a process of this machine that has ended', () => {
    const { pid } = spawnSync(process.execPath, ['-e', '0']);
    expect(ownerIsGone(owner({ pid, instance: 'another' }))).toBe(true);
  });

  it('is an earlier process that had this process id (a restarted container)', () => {
    expect(ownerIsGone(owner({ instance: 'an earlier process' }))).toBe(true);
  });

  it.runIf(me.boot)('is any process of this machine before its last reboot', () => {
    expect(ownerIsGone(owner({ boot: 'an earlier boot', instance: 'another' }))).toBe(true);
  });

  it('is never a process of another machine: from here it cannot be told', () => {
    expect(hostname()).not.toBe('elders');
    expect(ownerIsGone(owner({ host: 'elders', pid: 1, instance: 'another' }))).toBe(false);
  });

  it.each([undefined, '', 'not json', '{"pid":"12"}'])('is an owner that cannot be read: %j', (text) => {
    expect(ownerIsGone(text)).toBe(true);
  });
});
