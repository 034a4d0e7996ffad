/**
 * Who may do what. Roles live on users (field `roles`, in the login token): admins manage users
 * and everything else; editors manage content and media. Visitors read published documents,
 * taxonomies and media, never drafts and never users.
 */
import type { Access, FieldAccess, TypedUser, Where } from 'payload';

export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { admin: 'Beheerder', editor: 'Redacteur' };

export function hasRole(user: TypedUser | null | undefined, role: Role): boolean {
  return user?.roles?.includes(role) ?? false;
}

export const isAdmin = (user: TypedUser | null | undefined): boolean => hasRole(user, 'admin');
export const isStaff = (user: TypedUser | null | undefined): boolean =>
  user?.collection === 'users' && (hasRole(user, 'admin') || hasRole(user, 'editor'));

const published: Where = { _status: { equals: 'published' } };

/** Editors and admins read everything, drafts included; anyone else only what is published. */
export const readPublishedOrStaff: Access = ({ req: { user } }) => (isStaff(user) ? true : published);
export const anyone: Access = () => true;
export const staff: Access = ({ req: { user } }) => isStaff(user);
export const admins: Access = ({ req: { user } }) => isAdmin(user);
/** Admins reach every user; an editor only their own account. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true;
  if (isStaff(user) && user) return { id: { equals: user.id } };
  return false;
};
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user);
