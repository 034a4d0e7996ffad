/**
 * The base of the preview tree: a copy of the published content/ (without symlinks), made when
 * the tree does not exist yet. Drafts are written over it as editors save them (write-preview.ts).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { previewContentDir } from '../../contract/preview-state.ts';

export function preparePreviewTree(previewDir: string, liveContentDir: string): string {
  const target = previewContentDir(previewDir);
  if (existsSync(target)) return target;
  mkdirSync(previewDir, { recursive: true });
  const staging = `${target}.copy-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  if (existsSync(liveContentDir)) {
    cpSync(liveContentDir, staging, { recursive: true, filter: (source) => !lstatSync(source).isSymbolicLink() });
  } else {
    mkdirSync(staging, { recursive: true });
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process made the tree first: keep theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  return target;
}
