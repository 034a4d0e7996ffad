import type { CollectionConfig } from 'payload';
import { admins, adminsOnlyField, adminsOrSelf, ROLE_LABELS, ROLES, type Role } from '../access/roles.ts';
import { optionsOf } from '../fields/from-contract.ts';
import { firstUserBecomesAdmin, firstUserNote } from '../hooks/first-user-admin.ts';
import { inviteEndpoint } from '../email/invite-endpoint.ts';
import { refuseResetWithoutMail } from '../email/refuse-reset-without-mail.ts';
import { resetPasswordEmail } from '../email/reset-password-email.ts';
import { limitAuthAttempts } from '../security/auth-rate-limits.ts';
import { evenLoginTime, padFailedLogin } from '../security/even-login-time.ts';
import { requireLongPassword } from '../security/password-length.ts';

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    description: 'Wie in het CMS mag werken.',
    // The invitation form (or, without mail, how to turn it on): cms/email/.
    components: { beforeListTable: ['/email/admin/InviteUsers.tsx#InviteUsers'] },
    // Editors manage only their own account, under "Mijn account" (components/AccountNavLinks.tsx).
    hidden: ({ user }) => !user?.roles?.includes('admin' satisfies Role),
  },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, forgotPassword: resetPasswordEmail },
  endpoints: [inviteEndpoint],
  access: {
    // Editors see and edit their own account (not their roles); admins manage everyone.
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    // Unlocking lifts the five-try lock: an editor who could unlock the admin could keep guessing.
    unlock: admins,
  },
  hooks: {
    beforeOperation: [limitAuthAttempts, refuseResetWithoutMail, evenLoginTime, requireLongPassword],
    beforeChange: [firstUserBecomesAdmin],
    afterError: [padFailedLogin],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', admin: { description: 'Zoals collega’s u kennen.' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: 'Rollen',
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: optionsOf(ROLES, ROLE_LABELS),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description: 'Redacteuren beheren inhoud en media; beheerders ook gebruikers en rollen.',
        // Not on the create-first-user screen (no one is logged in): that account is the Beheerder.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
    },
    firstUserNote,
  ],
};
