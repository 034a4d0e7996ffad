import { readdirSync, readFileSync } from 'node:fs';

/** This process's live children, from /proc (Linux): their process ids. */
export function childProcesses(): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read past its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) children.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return children;
}

/**
 * Waits until this process has no children left. Pagefind's close() kills its binary without
 * waiting for it; a process that exits right after leaves the binary to init, and GNU time then
 * leaves the binary's memory out of the peak it reports.
 */
export async function waitForChildren(timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (childProcesses().length > 0) {
    if (Date.now() > until) throw new Error(`bench: child processes ${childProcesses().join(', ')} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
