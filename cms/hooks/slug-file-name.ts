/**
 * An uploaded file is stored, and published at /media/<name>, under a name the content contract
 * accepts: "Team Foto 2026.JPG" becomes team-foto-2026.jpg, and a second file of that name
 * team-foto-2026-1.jpg. (Payload's own numbering would count the year up to team-foto-2027.jpg.)
 * A free name that is valid already, as every file imported from content/media/ is, stays as it
 * is, so that the documents pointing at it still find it. A file left in the media folder that no
 * document of this database claims (an earlier database's, after `.data/cms.db` was removed) does
 * not take the name when it holds the same bytes: importing content/ into a new database then keeps
 * every name the content points at.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { CollectionBeforeOperationHook } from 'payload';
import { mediaPath } from '../../contract/values.ts';

export const slugFileName: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args;
  const staticDir = collection.upload?.staticDir;
  const file = req.file;
  const taken = async (name: string) =>
    (await req.payload.count({ collection: collection.slug, where: { filename: { equals: name } }, overrideAccess: true, req })).totalDocs > 0 ||
    (staticDir !== undefined && existsSync(path.join(staticDir, name)) && !sameBytes(path.join(staticDir, name), file.data));
  const { base, extension } = contractFileName(file.name);
  let name = `${base}${extension}`;
  for (let n = 1; await taken(name); n++) name = `${base}-${n}${extension}`;
  file.name = name;
  // Payload would number a name whose file exists; this one is free (same bytes, no document), so it writes over it.
  if (staticDir !== undefined && existsSync(path.join(staticDir, name))) return { ...args, overwriteExistingFiles: true };
  return args;
};

/** Whether the file on disk holds exactly these bytes (an upload Payload keeps in a temporary file has none in memory). */
function sameBytes(onDisk: string, data: Buffer | undefined): boolean {
  return data !== undefined && data.length > 0 && readFileSync(onDisk).equals(data);
}

/** The name split into a slug and its extension (".jpg", lower case), or kept when the contract accepts it. */
export function contractFileName(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  if (mediaPath.safeParse(`media/${name}`).success) return { base, extension: extension && `.${extension}` };
  const cleanExtension = extension.toLowerCase().replace(/[^a-z0-9]/g, '');
  return { base: slugify(base) || 'bestand', extension: cleanExtension && `.${cleanExtension}` };
}
