/**
 * Test support: the CMS server as `npm run cms` runs it (next dev), in a process group of its own,
 * for tests that kill it and start it again on the same database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const NEXT = path.resolve('node_modules/next/dist/bin/next');

export interface CmsProcess {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves when the output matches, rejects when the server exits first or after timeoutMs. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Sends the signal to the whole process group (next dev, its server, the site build) and waits for the end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** The process group id: the ids of the processes the server started share it. */
  group: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts next dev on the port with the environment given (testCmsEnv's, with the overrides the test needs). */
export function startCmsProcess(env: Record<string, string | undefined>, port: number): CmsProcess {
  const child: ChildProcess = spawn(process.execPath, [NEXT, 'dev', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], {
    // Payload connects to the HMR endpoint on PORT in development: its own server's.
    env: { ...env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return {
    url: `http://127.0.0.1:${port}`,
    group: child.pid!,
    output: () => output,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = (error?: Error) => {
          listeners.delete(check);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (pattern.test(output)) done();
        };
        const timer = setTimeout(() => done(new Error(`no output matching ${pattern} after ${timeoutMs} ms:\n${output}`)), timeoutMs);
        listeners.add(check);
        exited.then(() => done(new Error(`the CMS exited before printing ${pattern}:\n${output}`)));
        check();
      });
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      // Then the rest of the group (the server next dev started, the site build) is gone too.
      for (let tries = 0; tries < 100; tries++) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
