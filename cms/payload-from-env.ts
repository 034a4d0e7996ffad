/** A Payload instance for a command line run (npm run export, npm run import), configured from the environment. */
import { getPayload, type Payload } from 'payload';
import { buildCmsConfig } from './config.ts';

export async function payloadFromEnv(): Promise<Payload> {
  // A command line run must not start the scheduled-publishing cron of the server.
  const env = { ...process.env, CMS_JOBS_AUTORUN: '0', CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn' };
  return getPayload({ config: await buildCmsConfig(env) });
}
