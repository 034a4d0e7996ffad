/** The very first account (Payload's create-first-user screen) becomes an admin. */
import type { CollectionBeforeChangeHook } from 'payload';
import type { User } from '../payload-types.ts';

export const firstUserBecomesAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  if (totalDocs === 0) data.roles = ['admin'];
  return data;
};
