/** A Payload instance for a command line run (npm run export, npm run import), configured from the environment. */
import { getPayload, type Payload } from 'payload';
import { buildCmsConfig } from './config.ts';

export async function payloadFromEnv(): Promise<Payload> {
  // Outside production getPayload connects to the HMR WebSocket of `next dev` (ws://localhost:$PORT,
  // port 3000 by default) to reload its config on changes, and nothing ever closes that socket: with
  // `npm run cms` running, the command would never end. A command line run reloads nothing.
  process.env.DISABLE_PAYLOAD_HMR = 'true';
  // A command line run must not start the scheduled-publishing cron of the server.
  const env = { ...process.env, CMS_JOBS_AUTORUN: '0', CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn' };
  return getPayload({ config: await buildCmsConfig(env) });
}
