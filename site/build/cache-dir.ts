/**
 * Astro's cacheDir, one per content folder. Astro keeps its content data store there, and a
 * store filled from one content folder (CONTENT_DIR) points at that folder's modules: a build,
 * the preview server or the dev server of another folder that shares it breaks ("Unexpected
 * error while rendering"), also when both run at once. Each folder has its own, named by a hash
 * of its path; caches of folders that no longer exist (tests', exports' staging trees) are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PREFIX = 'content-';
/** The content folder a cache belongs to, written inside it. */
const FOLDER_FILE = 'schoolnabij-content-dir';

export function contentCacheDir(cacheRoot: string, folder: string): string {
  const dir = path.join(cacheRoot, `${PREFIX}${createHash('sha256').update(folder).digest('hex').slice(0, 16)}`);
  removeOrphans(cacheRoot, dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FOLDER_FILE), folder);
  return dir;
}

function removeOrphans(cacheRoot: string, keep: string) {
  if (!existsSync(cacheRoot)) return;
  for (const name of readdirSync(cacheRoot)) {
    const dir = path.join(cacheRoot, name);
    if (!name.startsWith(PREFIX) || dir === keep) continue;
    let folder: string;
    try {
      folder = readFileSync(path.join(dir, FOLDER_FILE), 'utf8');
    } catch {
      continue; // being created right now
    }
    if (!existsSync(folder)) rmSync(dir, { recursive: true, force: true });
  }
}
