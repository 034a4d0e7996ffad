import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, where package.json, node_modules/ and astro.config.mjs are. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
