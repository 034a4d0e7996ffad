/**
 * npm start: builds the site, then serves it (http://localhost:4321), starts the CMS admin
 * (http://localhost:3000/admin) and the preview server for its drafts (http://localhost:4322)
 * side by side. Output is forwarded line by line with a prefix; Ctrl+C stops all three, and when
 * one stops the others are stopped too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(name: string, args: string[]): ChildProcess {
  // Each child leads its own process group, so that stopping it also stops what it started.
  const child = spawn(npm, ['run', '--silent', ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}]`.padEnd(10);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      (stream === child.stderr ? process.stderr : process.stdout).write(`${prefix}${line}\n`);
    });
  }
  return child;
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const children: ChildProcess[] = [];
let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) stop(child);
  // Give them a moment to finish cleanly, then make sure.
  setTimeout(() => {
    for (const child of children) stop(child, 'SIGKILL');
    process.exit(code);
  }, 5000).unref();
  Promise.all(children.map(exited)).then(() => process.exit(code));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(130));

const build = run('site', ['build']);
children.push(build);
const buildCode = await exited(build);
children.length = 0;
if (stopping) process.exit(130);
if (buildCode !== 0) {
  console.error(`[start] the site did not build (exit ${buildCode}); not starting the servers.`);
  process.exit(buildCode);
}

const serve = run('site', ['serve']);
const cms = run('cms', ['cms']);
const preview = run('preview', ['preview']);
children.push(serve, cms, preview);
console.log('[start] site at http://localhost:4321/, CMS admin at http://localhost:3000/admin, previews at http://localhost:4322/ (Ctrl+C stops all)');
const first = await Promise.race(children.map(async (child) => ({ child, code: await exited(child) })));
if (!stopping) {
  const name = first.child === cms ? 'the CMS' : first.child === preview ? 'the preview server' : 'the site server';
  console.error(`[start] ${name} stopped (exit ${first.code}); stopping the others.`);
  stopAll(first.code || 1);
}
