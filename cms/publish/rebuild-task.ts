/**
 * The job that brings the site up to date after a publication: export the CMS into a staging
 * content tree, build the site (Astro + Pagefind) from it into a staging dist, and only when both
 * succeeded swap both in, so that content/ and dist/ always hold the same, live site (DESIGN.md:
 * export and build are one transaction). The build renders only the pages whose data changed
 * (site/build/incremental.ts). With a deploy hook the host builds from content/: the
 * export is swapped in and the hook called. One job runs at a time; a newer queued rebuild replaces older
 * waiting ones; a failed job is retried and its error kept, in the job and in "Sitebouw".
 */
import { rmSync } from 'node:fs';
import type { Payload, TaskConfig } from 'payload';
import { runAstroBuild } from '../../site/build/astro-build.ts';
import { exportContent } from '../sync/export.ts';
import { moveRecord, removeRecord } from '../sync/export-record.ts';
import { jobStagingDir, rebuildDir, recover, swapIn, swapInKeeping } from '../sync/tree.ts';
import type { Env } from '../paths.ts';
import { publishSettings } from './settings.ts';
import { finishBuild, startBuild } from './site-builds.ts';
import { setSiteStatus } from './site-status.ts';

export const REBUILD_TASK = 'rebuildSite';

export function rebuildTask(env: Env): TaskConfig<typeof REBUILD_TASK> {
  return {
    slug: REBUILD_TASK,
    label: 'Website opnieuw bouwen',
    retries: 2,
    concurrency: { key: () => 'site', exclusive: true, supersedes: true },
    inputSchema: [{ name: 'reason', type: 'text' }],
    outputSchema: [{ name: 'seconds', type: 'number' }],
    handler: async ({ input, req }) => {
      const { payload } = req;
      const settings = publishSettings(env);
      const reason = input.reason ?? '';
      const started = Date.now();
      await setSiteStatus(payload, { state: 'bezig', startedAt: new Date(started).toISOString(), reason, error: null });
      const build = await startBuild(payload, reason, new Date(started));
      try {
        if (settings.deployHookUrl) {
          await exportContent({ payload, contentDir: settings.contentDir, reuseFrom: settings.contentDir });
          const response = await fetch(settings.deployHookUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ reason }),
          });
          if (!response.ok) throw new Error(`de deploy hook antwoordde met status ${response.status}`);
        } else {
          await exportAndBuild(payload, settings.contentDir, settings.distDir);
        }
        const seconds = Math.round((Date.now() - started) / 100) / 10;
        await setSiteStatus(payload, { state: 'gelukt', finishedAt: new Date().toISOString(), seconds, error: null });
        await finishBuild(payload, build);
        payload.logger.info(`site rebuilt in ${seconds} s (${reason})`);
        return { output: { seconds } };
      } catch (error) {
        const message = (error as Error).message;
        await setSiteStatus(payload, { state: 'mislukt', finishedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 100) / 10, error: message });
        payload.logger.error(`site rebuild failed (${reason}): ${message}`);
        await finishBuild(payload, build, error);
        throw error;
      }
    },
  };
}

/**
 * The transaction: a staging content tree and a rebuilt dist, swapped in together or not at all.
 * The dist is built in the folder that holds the site replaced last time; a failed build leaves
 * it there, for the next build to bring up to date.
 */
async function exportAndBuild(payload: Payload, contentDir: string, distDir: string): Promise<void> {
  recover(contentDir);
  recover(distDir);
  const content = jobStagingDir(contentDir);
  const dist = rebuildDir(distDir);
  try {
    // Only the documents whose text may have changed are read and converted; the rest are linked from the live content/.
    const exported = await exportContent({ payload, contentDir: content, reuseFrom: contentDir });
    payload.logger.info(`site rebuild: export in ${(exported.milliseconds / 1000).toFixed(1)} s (${exported.reused} article(s) reused, ${exported.converted} converted)`);
    // Only the pages whose data changed are rendered; the rest are the live site's own.
    const started = performance.now();
    const build = await runAstroBuild({ outDir: dist, contentDir: content, incremental: true, live: distDir });
    payload.logger.info(`site rebuild: build in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (build.code !== 0) throw new Error(`de site bouwde niet (exit ${build.code}):\n${build.output.split('\n').slice(-15).join('\n')}`);
  } catch (error) {
    rmSync(content, { recursive: true, force: true });
    removeRecord(content);
    throw error;
  }
  const removal = swapIn(content, contentDir);
  swapInKeeping(dist, distDir);
  // The export's record describes the staging tree, which is the live one now.
  moveRecord(content, contentDir);
  // The site is live now; the content tree it replaced is removed while the job reports success.
  void removal.catch((error: unknown) => payload.logger.warn(`removing the replaced content/ failed: ${(error as Error).message}`));
}
