/**
 * Media read access: editors and admins read every file; anyone else only a file that a
 * published document uses (media-in-use.ts). A file attached to a draft alone stays private
 * until the draft is published, and is private again when it is unpublished.
 */
import type { Access, Where } from 'payload';
import { mediaInUse } from './media-in-use.ts';
import { isStaff } from './roles.ts';

/** No id is ever absent: matches nothing, on SQLite and MongoDB alike. */
const NOTHING: Where = { id: { exists: false } };

export const staffOrMediaInUse: Access = async ({ req }) => {
  if (isStaff(req.user)) return true;
  const ids = [...(await mediaInUse(req.payload))];
  if (ids.length === 0) return NOTHING;
  // SQLite ids are numbers, MongoDB's strings.
  const typed = req.payload.db.defaultIDType === 'number' ? ids.map(Number) : ids;
  return { id: { in: typed } };
};
