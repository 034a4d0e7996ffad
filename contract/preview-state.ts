/**
 * The preview tree: where the CMS writes the latest saved state of each document an editor
 * previews, and what the preview server renders. It lives in PREVIEW_DIR (the CMS's data folder,
 * never content/ or dist/): `content/` is a copy of the published content with drafts written
 * over it, and `documents/<collection>/<id>.json` says, per document, which file holds its draft
 * or why it cannot be shown yet.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PreviewState {
  collection: string;
  id: string;
  title: string;
  /** The draft's file name in the preview tree, when it could be written. */
  slug?: string;
  /** Why the draft cannot be shown yet, in Dutch, one line each (empty when it can). */
  problems: string[];
  /**
   * The `updatedAt` of the document version this state was written from. A write of an older
   * version (a read that started before the newest autosave committed) never replaces it.
   */
  updatedAt: string;
}

export const previewContentDir = (previewDir: string) => path.join(previewDir, 'content');

export const previewStateFile = (previewDir: string, collection: string, id: string | number) =>
  path.join(previewDir, 'documents', collection, `${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}.json`);

export function readPreviewState(previewDir: string, collection: string, id: string | number): PreviewState | undefined {
  try {
    return JSON.parse(readFileSync(previewStateFile(previewDir, collection, id), 'utf8')) as PreviewState;
  } catch {
    return undefined;
  }
}

/** Writes a file whole: a reader (the preview server's watcher) never sees half of it. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

export function writePreviewState(previewDir: string, state: PreviewState): void {
  writeWhole(previewStateFile(previewDir, state.collection, state.id), `${JSON.stringify(state, null, 2)}\n`);
}
