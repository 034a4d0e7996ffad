/**
 * npm run import — content/ (CONTENT_DIR) into the CMS, upserting by collection and slug;
 * running it again changes nothing.
 */
import { contentDir } from '../contract/location.ts';
import { payloadFromEnv } from '../cms/payload-from-env.ts';
import { importContent } from '../cms/sync/import.ts';
import { progress } from './lib/progress.ts';
import { runCommand } from './lib/run-command.ts';

await runCommand('import', async () => {
  const payload = await payloadFromEnv();
  try {
    const s = await importContent({ payload, contentDir: contentDir(), onProgress: progress('imported') });
    console.log(`import done in ${s.milliseconds} ms: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged; ${s.mediaUploaded} media files uploaded`);
    return 0;
  } catch (error) {
    console.error(`import failed:\n${process.env.DEBUG ? (error as Error).stack : (error as Error).message}`);
    return 1;
  } finally {
    await payload.destroy();
  }
});
