/**
 * Who holds something that outlives a process when the process is killed (the build lock, a
 * running publish job), written so that a later process can tell whether its holder still runs.
 * An owner is this process's id on this machine since its last boot, plus a random id of this
 * process: a restarted container often gets the same process id again.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

interface Owner {
  host: string;
  boot: string;
  pid: number;
  instance: string;
}

// One id per process, also when this module is loaded twice (Next bundles it more than once).
const INSTANCE = ((globalThis as { __schoolnabijInstance?: string }).__schoolnabijInstance ??= randomUUID());

/** Linux's id of this boot: a process id of a machine that rebooted since names nobody. */
function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

/** This process, as text to store beside what it holds. */
export function currentOwner(): string {
  return JSON.stringify({ host: hostname(), boot: bootId(), pid: process.pid, instance: INSTANCE } satisfies Owner);
}

/**
 * Whether the owner is certainly gone: unreadable, or a process of this machine that no longer
 * runs. A process on another machine is taken to be alive: from here it cannot be told.
 */
export function ownerIsGone(text: string | null | undefined): boolean {
  let owner: Owner;
  try {
    owner = JSON.parse(text ?? '') as Owner;
  } catch {
    return true;
  }
  if (typeof owner?.pid !== 'number' || typeof owner.instance !== 'string') return true;
  if (owner.host !== hostname()) return false;
  if (owner.boot && bootId() && owner.boot !== bootId()) return true;
  if (owner.instance === INSTANCE) return false;
  // Our own process id with another instance id: a process before us that had the same id.
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  return isZombie(owner.pid);
}

/** A process that ended but was not yet reaped by its parent (Linux); forever so under an init that reaps nothing. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
