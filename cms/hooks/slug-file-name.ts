/**
 * An uploaded file is stored, and published at /media/<name>, under a name the content contract
 * accepts: "Team Foto 2026.JPG" becomes team-foto-2026.jpg, and a second file of that name
 * team-foto-2026-1.jpg. (Payload's own numbering would count the year up to team-foto-2027.jpg.)
 * A free name that is valid already, as every file imported from content/media/ is, stays as it
 * is, so that the documents pointing at it still find it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { CollectionBeforeOperationHook } from 'payload';
import { mediaPath } from '../../contract/values.ts';

export const slugFileName: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args;
  const staticDir = collection.upload?.staticDir;
  const taken = async (name: string) =>
    (staticDir !== undefined && existsSync(path.join(staticDir, name))) ||
    (await req.payload.count({ collection: collection.slug, where: { filename: { equals: name } }, overrideAccess: true, req })).totalDocs > 0;
  const { base, extension } = contractFileName(req.file.name);
  let name = `${base}${extension}`;
  for (let n = 1; await taken(name); n++) name = `${base}-${n}${extension}`;
  req.file.name = name;
  return args;
};

/** The name split into a slug and its extension (".jpg", lower case), or kept when the contract accepts it. */
export function contractFileName(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  if (mediaPath.safeParse(`media/${name}`).success) return { base, extension: extension && `.${extension}` };
  const cleanExtension = extension.toLowerCase().replace(/[^a-z0-9]/g, '');
  return { base: slugify(base) || 'bestand', extension: cleanExtension && `.${cleanExtension}` };
}
