/**
 * The very first account (Payload's create-first-user screen) becomes an admin; that screen says
 * so instead of offering a role (the roles field shows only to a logged-in user).
 */
import type { CollectionBeforeChangeHook, UIField } from 'payload';
import type { User } from '../payload-types.ts';

export const firstUserBecomesAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  if (totalDocs === 0) data.roles = ['admin'];
  return data;
};

/** The Dutch note on the create-first-user screen, the only form shown to no one logged in. */
export const firstUserNote: UIField = {
  name: 'firstUserNote',
  type: 'ui',
  admin: {
    condition: (_data, _siblingData, { user }) => !user,
    components: { Field: '/components/FirstUserNote.tsx#FirstUserNote' },
  },
};
