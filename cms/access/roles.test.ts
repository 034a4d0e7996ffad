import type { AccessArgs, FieldAccessArgs, PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { admins, adminsOnlyField, adminsOrSelf, anyone, isAdmin, isStaff, readPublishedOrStaff, staff } from './roles.ts';

type User = PayloadRequest['user'];
const user = (roles: string[] | null, collection = 'users') => ({ id: 7, roles, collection }) as unknown as User;
/** The arguments of an access check on a request by this user: the predicates read only `req.user`. */
const args = (u: User | null): AccessArgs & FieldAccessArgs => ({ req: { user: u } as PayloadRequest });

const people = [
  { who: 'a visitor', user: null, admin: false, staff: false },
  { who: 'an admin', user: user(['admin']), admin: true, staff: true },
  { who: 'an editor', user: user(['editor']), admin: false, staff: true },
  { who: 'an admin and editor', user: user(['editor', 'admin']), admin: true, staff: true },
  { who: 'a user without roles', user: user([]), admin: false, staff: false },
  { who: 'a user whose roles are unset', user: user(null), admin: false, staff: false },
  // Only accounts of the users collection are staff, whatever roles another auth collection gives.
  { who: 'an editor of another auth collection', user: user(['editor'], 'members'), admin: false, staff: false },
];

describe.each(people)('$who', ({ user, admin, staff: isStaffMember }) => {
  it(`is ${admin ? '' : 'not '}an admin and ${isStaffMember ? '' : 'not '}staff`, () => {
    expect(isAdmin(user)).toBe(admin);
    expect(isStaff(user)).toBe(isStaffMember);
  });

  it(`${isStaffMember ? 'reads drafts too' : 'reads only what is published'}`, () => {
    expect(readPublishedOrStaff(args(user))).toEqual(isStaffMember ? true : { _status: { equals: 'published' } });
  });

  it(`${isStaffMember ? 'may' : 'may not'} write content, and ${admin ? 'may' : 'may not'} manage users and set roles`, () => {
    expect(anyone(args(user))).toBe(true);
    expect(staff(args(user))).toBe(isStaffMember);
    expect(admins(args(user))).toBe(admin);
    expect(adminsOnlyField(args(user))).toBe(admin);
  });
});

describe('adminsOrSelf', () => {
  it.each([
    { who: 'a visitor', user: null, reaches: 'no user', expected: false },
    { who: 'an admin', user: user(['admin']), reaches: 'every user', expected: true },
    { who: 'an editor', user: user(['editor']), reaches: 'only their own account', expected: { id: { equals: 7 } } },
    { who: 'a user without roles', user: user([]), reaches: 'no user', expected: false },
  ])('lets $who reach $reaches', ({ user, expected }) => {
    expect(adminsOrSelf(args(user))).toEqual(expected);
  });
});
