/** On start: create the admin account from CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD when both are set. */
import type { Payload } from 'payload';
import type { Env } from './paths.ts';

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
