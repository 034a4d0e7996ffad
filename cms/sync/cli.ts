/** Shared by the export and import commands: a Payload instance from the environment, and progress output. */
import { getPayload, type Payload } from 'payload';
import { buildCmsConfig } from '../config.ts';

export async function payloadFromEnv(): Promise<Payload> {
  // A command line run must not start the scheduled-publishing cron of the server.
  const env = { ...process.env, CMS_JOBS_AUTORUN: '0', CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn' };
  return getPayload({ config: await buildCmsConfig(env) });
}

/** "documents 12/40" on one line in a terminal, every 10 % in a log. */
export function progress(label: string): (done: number, total: number) => void {
  let lastShown = -1;
  return (done, total) => {
    if (process.stdout.isTTY) {
      process.stdout.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
    } else {
      const step = Math.floor((done / total) * 10);
      if (step !== lastShown || done === total) console.log(`${label} ${done}/${total}`);
      lastShown = step;
    }
  };
}
