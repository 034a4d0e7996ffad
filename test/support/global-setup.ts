import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstroBuild as buildSite } from '../../site/build/astro-build.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

/** One real build of the sample content, shared by the build and end-to-end tests. */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-site-'));
  const outDir = path.join(root, 'dist');
  const started = performance.now();
  // Without a newsletter or feedback form, whatever the shell running the tests has set.
  const result = await buildSite({ outDir, env: { NEWSLETTER_FORM_ACTION: '', CMS_PUBLIC_URL: '' } });
  if (result.code !== 0) throw new Error(`The site did not build (exit ${result.code}):\n${result.output}`);
  console.log(`built the sample site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const server = createSiteServer(outDir);
  const url = await listen(server, 0);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', url);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  };
}
