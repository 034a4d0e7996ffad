/**
 * Which process runs a job, so that a CMS that was killed (SIGKILL, a crash, a reboot) does not
 * block publishing when it starts again. Payload marks a job `processing` while it runs and never
 * runs another job with the same concurrency key meanwhile; a job whose process died stays
 * `processing` for good. Each job records its runner (site/build/process-owner.ts); on start, the
 * CMS fails the jobs whose runner is gone, says so in Sitebouw, and frees a build lock left behind.
 */
import type { CollectionConfig, Payload, TaskConfig, TaskType } from 'payload';
import { releaseStaleBuildLock } from '../../site/build/astro-build.ts';
import { currentOwner, ownerIsGone } from '../../site/build/process-owner.ts';
import { REBUILD_TASK } from './rebuild-task.ts';
import { INTERRUPTED_BUILD, SITE_STATUS, setSiteStatus } from './site-status.ts';

const JOBS = 'payload-jobs';

/** Payload's jobs collection with the field that names the process running a job. */
export function withRunnerField({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return {
    ...defaultJobsCollection,
    fields: [
      ...defaultJobsCollection.fields,
      { name: 'runner', type: 'text', label: 'Uitgevoerd door', admin: { readOnly: true, description: 'Het proces dat deze taak uitvoert (machine en proces-id).' } },
    ],
  };
}

/** The task, recording first of all that this process runs its job. */
export function claimingRunner<S extends TaskType>(task: TaskConfig<S>): TaskConfig<S> {
  const { handler } = task;
  if (typeof handler !== 'function') return task;
  return {
    ...task,
    handler: async (args) => {
      await args.req.payload.update({ collection: JOBS, id: args.job.id, data: { runner: currentOwner() }, depth: 0, overrideAccess: true });
      return handler(args);
    },
  };
}

/**
 * Fails every job left `processing` by a process that is gone, so the next job with its
 * concurrency key runs; reports an interrupted site build in Sitebouw. A job without a runner was
 * picked up by a process that died before its task began (or by an older version of the CMS).
 * Returns the jobs it failed.
 */
export async function recoverInterruptedJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: JOBS, where: { processing: { equals: true } }, pagination: false, depth: 0, overrideAccess: true });
  const interrupted = docs.filter((job) => ownerIsGone(job.runner));
  for (const job of interrupted) {
    await payload.update({
      collection: JOBS,
      id: job.id,
      data: { processing: false, hasError: true, error: { message: INTERRUPTED_BUILD, interrupted: true } },
      depth: 0,
      overrideAccess: true,
    });
    payload.logger.warn(`job ${job.id} (${job.taskSlug}) was interrupted: its process is gone; marked as failed`);
  }
  if (releaseStaleBuildLock()) payload.logger.warn('removed the site build lock of a process that is gone');

  const stillBuilding = docs.some((job) => job.taskSlug === REBUILD_TASK && !interrupted.includes(job));
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true });
  if (status.state === 'bezig' && !stillBuilding) {
    await setSiteStatus(payload, { state: 'onderbroken', finishedAt: new Date().toISOString(), error: INTERRUPTED_BUILD });
  }
  return interrupted.length;
}
