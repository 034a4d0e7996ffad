import { readdirSync, readFileSync } from 'node:fs';

/** Every live process's parent, from /proc (Linux). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read past its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone while we looked.
    }
  }
  return parentOf;
}

/** This process's live children: their process ids. */
export function childProcesses(): number[] {
  return [...parents()].filter(([, ppid]) => ppid === process.pid).map(([pid]) => pid);
}

/** A process and all its descendants. */
function processTree(root: number): number[] {
  const parentOf = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Resident memory of one process in bytes (/proc/<pid>/statm counts 4 KiB pages on x86-64), 0 when gone. */
function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

/**
 * Samples the resident memory of a process and its descendants together, every 200 ms, until
 * stopped; returns the peak in MB. A build's memory is Astro's process and Pagefind's binary at
 * the same time, which a per-process peak (GNU time's) does not add up, and GNU time misses a
 * child its parent did not wait for.
 */
export function sampleTreeMemory(root: number): () => number {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    return peak / 1024 / 1024;
  };
}

/**
 * Waits until this process has no children left. Pagefind's close() kills its binary without
 * waiting for it; a process that exits right after leaves the binary to init, still running.
 */
export async function waitForChildren(timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (childProcesses().length > 0) {
    if (Date.now() > until) throw new Error(`bench: child processes ${childProcesses().join(', ')} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
