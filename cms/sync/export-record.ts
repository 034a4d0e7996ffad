/**
 * The record of the last export, kept beside the tree it describes (`<contentDir>.export.json`),
 * never inside it: content/ holds the contract and nothing else, and Astro hashes its files. Per
 * document it names the version exported, the file written with its size, time and inode, the
 * media the file uses and the links it dropped; and the fingerprint of everything else the
 * conversion read (conversion-fingerprint.ts). The next export reuses a file only when all of
 * that still holds (reuse.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { DroppedLink } from './body.ts';
import type { Id } from './documents.ts';

/** Raised whenever what a record holds, or what it means, changes: an older record is then ignored. */
export const RECORD_FORMAT = 1;

export interface RecordedDocument {
  collection: string;
  id: Id;
  /** The CMS's updatedAt of the version the file was written from. */
  updatedAt: string;
  /** The file, relative to the tree: practice-examples/dronten.mdx. */
  file: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** The media paths the file uses (media/…), copied into every export that keeps the file. */
  media: string[];
  /** The body links written as text because their target was not published. */
  dropped: DroppedLink[];
}

export interface ExportRecord {
  format: typeof RECORD_FORMAT;
  fingerprint: string;
  documents: RecordedDocument[];
}

export const recordPath = (contentDir: string): string => `${contentDir}.export.json`;

/** The record beside a tree, or undefined when there is none that this code can trust. */
export function readRecord(contentDir: string): ExportRecord | undefined {
  const file = recordPath(contentDir);
  if (!existsSync(file)) return undefined;
  let data: Partial<ExportRecord>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<ExportRecord>;
  } catch {
    // A record cut short by a crash, or edited by hand: the export then converts every document.
    return undefined;
  }
  const valid = data.format === RECORD_FORMAT && typeof data.fingerprint === 'string' && Array.isArray(data.documents);
  return valid ? (data as ExportRecord) : undefined;
}

/** Written after the tree is swapped in: a crash in between leaves the older record, whose files no longer match. */
export function writeRecord(contentDir: string, record: ExportRecord): void {
  writeFileSync(recordPath(contentDir), JSON.stringify(record));
}

/** After a staging tree was swapped in for `target`, its record becomes target's. */
export function moveRecord(staging: string, target: string): void {
  if (existsSync(recordPath(staging))) renameSync(recordPath(staging), recordPath(target));
  else rmSync(recordPath(target), { force: true });
}

export function removeRecord(contentDir: string): void {
  rmSync(recordPath(contentDir), { force: true });
}
