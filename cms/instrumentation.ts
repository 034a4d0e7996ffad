/**
 * Runs once when the CMS server starts (Next.js's instrumentation hook), before any request:
 * Payload starts here, so that the jobs runner (scheduled publications and site rebuilds) and the
 * recovery of jobs a killed predecessor left behind (cms/publish/job-runner.ts) do not wait for
 * the first visitor of the admin or the API.
 */
export async function register(): Promise<void> {
  // Not in the Edge runtime, and not while `next build` collects pages: no server runs then.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')]);
  await getPayload({ config, cron: true });
}
