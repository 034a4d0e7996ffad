/** On start: the admin account from the environment, and content/ in a new, empty database. */
import type { Payload } from 'payload';
import { ARTICLE_COLLECTIONS } from '../contract/vocabulary.ts';
import type { Env } from './paths.ts';
import { publishSettings } from './publish/settings.ts';
import { importContent } from './sync/import.ts';

export async function createAdminFromEnv(payload: Payload, env: Env = process.env): Promise<void> {
  const email = env.CMS_ADMIN_EMAIL?.trim();
  const password = env.CMS_ADMIN_PASSWORD;
  if (!email || !password) return;
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true });
  if (totalDocs > 0) return;
  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['admin'], name: 'Beheerder' },
    overrideAccess: true,
  });
  payload.logger.info(`Created the admin account ${email} from CMS_ADMIN_EMAIL.`);
}

/**
 * A database without any content gets content/ imported, so that the admin shows what the site
 * shows. CMS_IMPORT_ON_EMPTY=0 turns this off (the CMS tests start from nothing).
 */
export async function importIntoEmptyDatabase(payload: Payload, env: Env = process.env): Promise<void> {
  if (env.CMS_IMPORT_ON_EMPTY === '0') return;
  for (const collection of [...ARTICLE_COLLECTIONS, 'pages', 'themes'] as const) {
    if ((await payload.count({ collection, overrideAccess: true })).totalDocs > 0) return;
  }
  const { contentDir } = publishSettings(env);
  payload.logger.info(`Empty database: importing ${contentDir} ...`);
  const summary = await importContent({ payload, contentDir });
  payload.logger.info(`Imported content/: ${summary.created} documents and ${summary.mediaUploaded} media files in ${summary.milliseconds} ms.`);
}
