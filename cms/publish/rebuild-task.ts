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
import { recover, stagingDir, swapIn } from '../sync/tree.ts';
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
          await exportContent({ payload, contentDir: settings.contentDir });
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

/** The transaction: a staging content tree and a staging dist, swapped in together or not at all. */
async function exportAndBuild(payload: Payload, contentDir: string, distDir: string): Promise<void> {
  recover(contentDir);
  recover(distDir);
  const content = stagingDir(contentDir);
  const dist = stagingDir(distDir);
  try {
    await exportContent({ payload, contentDir: content });
    // Only the pages whose data changed are rendered; the rest come from the last build's cache.
    const build = await runAstroBuild({ outDir: dist, contentDir: content, incremental: true });
    if (build.code !== 0) throw new Error(`de site bouwde niet (exit ${build.code}):\n${build.output.split('\n').slice(-15).join('\n')}`);
  } catch (error) {
    rmSync(content, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    throw error;
  }
  const removals = [swapIn(content, contentDir), swapIn(dist, distDir)];
  // The site is live now; the trees it replaced are removed while the job reports success.
  void Promise.all(removals).catch((error: unknown) => payload.logger.warn(`removing the replaced content/ or dist/ failed: ${(error as Error).message}`));
}
