/**
 * The list of media (GET /api/media) is for editors and admins: a visitor may fetch a file a
 * published document uses, not browse what has been uploaded. Reads by id and the population
 * of a document's image are left to read access (staff-or-media-in-use.ts).
 */
import { Forbidden, type CollectionBeforeOperationHook } from 'payload';
import { isStaff } from './roles.ts';

export const mediaListForStaff: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const read: { req?: unknown; overrideAccess?: boolean; currentDepth?: number; id?: unknown } = args;
  const isList = operation === 'read' && read.id === undefined && !read.currentDepth && !read.overrideAccess;
  if (isList && req.payloadAPI === 'REST' && !isStaff(req.user)) throw new Forbidden(req.t);
  return args;
};
