import path from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/**
 * Astro's cache folder (content store, images, the incremental build's pages and manifest):
 * node_modules/.astro, or ASTRO_CACHE_DIR when a build needs its own (the tests do).
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(REPO_ROOT, env.ASTRO_CACHE_DIR || 'node_modules/.astro');
}
