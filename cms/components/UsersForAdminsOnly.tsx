/**
 * Sends an editor who opens a users screen (the list, a bookmark of users/create) to their own
 * account, and says there why: only admins manage users, and Payload would otherwise show its
 * "not authorised" page to someone who is logged in. Rendered above every admin page
 * (admin.components.header).
 */
import { redirect } from 'next/navigation.js';
import type { Payload, TypedUser } from 'payload';
import { isAdmin } from '../access/roles.ts';

export const ONLY_ADMINS_PARAM = 'alleen-beheerders';

interface Props {
  collectionSlug?: string;
  payload: Payload;
  user?: TypedUser | null;
  searchParams?: Record<string, string | string[] | undefined>;
}

export function UsersForAdminsOnly({ collectionSlug, payload, user, searchParams }: Props) {
  if (!user || isAdmin(user)) return null;
  if (collectionSlug === payload.config.admin.user) redirect(`${payload.config.routes.admin}/account?${ONLY_ADMINS_PARAM}=1`);
  if (!searchParams?.[ONLY_ADMINS_PARAM]) return null;
  return (
    <p role="status" className="only-admins-note" style={{ margin: 0, padding: 'calc(var(--base) / 2) var(--gutter-h)', background: 'var(--theme-warning-100)', color: 'var(--theme-text)' }}>
      Gebruikers beheren kan alleen een beheerder. Hieronder ziet en wijzigt u uw eigen account.
    </p>
  );
}
