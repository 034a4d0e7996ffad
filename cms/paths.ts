/**
 * Where the CMS keeps its files: the repository root, and the data folder (.data/ by default,
 * CMS_DATA_DIR to move it, for example to a temporary folder in tests).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cmsDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(cmsDir, '..');

/** Environment variables as the CMS reads them. */
export type Env = Record<string, string | undefined>;

export function dataDir(env: Env = process.env): string {
  return path.resolve(repoRoot, env.CMS_DATA_DIR || '.data');
}
