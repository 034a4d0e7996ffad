/**
 * npm run export — every published document of the CMS to content/ (CONTENT_DIR), checked
 * against the contract and swapped in whole; content/ stays as it was when anything fails.
 */
import { contentDir } from '../contract/location.ts';
import { payloadFromEnv } from '../cms/payload-from-env.ts';
import { exportContent } from '../cms/sync/export.ts';
import { progress } from './lib/progress.ts';
import { runCommand } from './lib/run-command.ts';

await runCommand('export', async () => {
  const payload = await payloadFromEnv();
  try {
    // The content/ it replaces is an earlier export: the files still true are reused.
    const summary = await exportContent({ payload, contentDir: contentDir(), reuseFrom: contentDir(), onProgress: progress('exported') });
    const counts = Object.entries(summary.documents).map(([c, n]) => `${c} ${n}`).join(', ');
    for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
    console.log(`export done in ${summary.milliseconds} ms: ${counts}; ${summary.media} media files; ${summary.converted} documents converted, ${summary.reused} unchanged`);
    return 0;
  } catch (error) {
    console.error(`export failed, content/ is unchanged:\n${(error as Error).message}`);
    return 1;
  } finally {
    await payload.destroy();
  }
});
