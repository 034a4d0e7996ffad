/**
 * The shortcut of an export: a document whose exported text cannot have changed is not read nor
 * converted again; its file in the live tree is the text. That must be proven, document by
 * document, from the record of the export that wrote the file (export-record.ts): the same
 * fingerprint of everything else the conversion reads, the same version of the document, and a
 * file that is still the one written (same path, size, time and inode). Anything else converts.
 */
import { copyFileSync, linkSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Id } from './documents.ts';
import type { ExportRecord, RecordedDocument } from './export-record.ts';

/** What the first, cheap read gives of a published document. */
export interface DocumentVersion {
  id: Id;
  slug: string;
  updatedAt: string;
  redirectFrom?: unknown;
}

export const keyOf = (collection: string, id: Id): string => `${collection}\u0000${id}`;

export const fileOf = (collection: string, slug: string): string => `${collection}/${slug}.mdx`;

/** The recorded files of reuseFrom that still hold the text of these documents, by keyOf. */
export function reusableFiles(record: ExportRecord, fingerprint: string, reuseFrom: string, documents: ReadonlyMap<string, DocumentVersion[]>): Map<string, RecordedDocument> {
  const reusable = new Map<string, RecordedDocument>();
  if (record.fingerprint !== fingerprint) return reusable;
  const recorded = new Map(record.documents.map((entry) => [keyOf(entry.collection, entry.id), entry]));
  for (const [collection, versions] of documents) {
    for (const doc of versions) {
      const entry = recorded.get(keyOf(collection, doc.id));
      if (!entry || entry.updatedAt !== doc.updatedAt || entry.file !== fileOf(collection, doc.slug)) continue;
      // lstat: a symbolic link put in place of the file is not the file that was written.
      const stat = lstatSync(path.join(reuseFrom, entry.file), { throwIfNoEntry: false });
      if (stat?.isFile() && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && stat.ino === entry.ino) {
        reusable.set(keyOf(collection, doc.id), entry);
      }
    }
  }
  return reusable;
}

/**
 * Puts a reused file into the staging tree as a hard link (the same inode, so its size and time
 * stay the recorded ones), or as a copy where a link cannot be made (another file system). The
 * export never writes into a file in place: every file it writes is a new one, so the live tree's
 * linked files never change under it.
 */
export function placeFile(from: string, to: string, entry: RecordedDocument): RecordedDocument {
  try {
    linkSync(from, to);
    return entry;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
  }
  copyFileSync(from, to);
  const stat = statSync(to);
  return { ...entry, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}
