/** The very first account (Payload's create-first-user screen) becomes an admin. */
import type { CollectionBeforeChangeHook } from 'payload';

export const firstUserBecomesAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  if (totalDocs === 0) data.roles = ['admin'];
  return data;
};
