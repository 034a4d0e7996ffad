/**
 * What the preview of one document shows, read at request time: its state in the preview tree
 * and, when it can be shown, its entry in the content store. `version` names exactly that, so a
 * page can ask whether it still shows the newest (the Live Preview page asks every second).
 */
import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';
import { COLLECTIONS, type Collection } from '../../contract/index.ts';
import { readPreviewState, type PreviewState } from '../../contract/preview-state.ts';
import type { Document } from '../lib/articles.ts';

export interface PreviewView {
  state: PreviewState | undefined;
  entry: Document | undefined;
  version: string;
}

export async function previewView(collection: string | undefined, id: string | undefined): Promise<PreviewView> {
  const known = (COLLECTIONS as readonly string[]).includes(collection ?? '');
  const previewDir = process.env.PREVIEW_DIR;
  const state = known && previewDir && id ? readPreviewState(previewDir, collection!, id) : undefined;
  const entry: Document | undefined =
    state?.slug && state.problems.length === 0 ? await getEntry(collection as Collection, state.slug) : undefined;
  // The entry's data and body, not only the state: the content store can lag behind the state file.
  const shown = JSON.stringify([state?.updatedAt, state?.problems, entry?.data, entry?.body]);
  return { state, entry, version: createHash('sha256').update(shown).digest('hex').slice(0, 16) };
}
