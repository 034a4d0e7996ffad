/**
 * The search page counts its filter values itself, from one small file written next to the
 * Pagefind index: for every indexed page (by Pagefind's page id, the name of its fragment) the
 * filter values it carries. Pagefind can count too, but once its filter indexes are loaded it
 * counts on every search with a cost of results × filter entries (about 0.7 s for a common word
 * at 10,000 pages on our test machine); counting here costs one pass over the result ids.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FACET_FILE, type FacetFile } from '../scripts/facet-format.ts';

/** Pagefind's fragments are gzipped JSON behind this signature. */
const SIGNATURE = 'pagefind_dcd';

export interface PagefindFragment {
  url: string;
  filters?: Record<string, string[]>;
}

/** One of Pagefind's fragment files, decoded; names the file when it is not one. */
export function readPagefindFragment(file: string): PagefindFragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (Pagefind's format changed?)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
}

/** Reads the filters of every page from Pagefind's fragments and writes FACET_FILE (gzipped JSON). */
export function writeFacetFile(pagefindDir: string, filters: readonly string[]): { pages: number; bytes: number } {
  const fragmentDir = path.join(pagefindDir, 'fragment');
  const values: Record<string, string[]> = Object.fromEntries(filters.map((f) => [f, []]));
  const index = new Map<string, number>();
  const pages: FacetFile['pages'] = {};
  for (const name of readdirSync(fragmentDir).sort()) {
    const fragment = readPagefindFragment(path.join(fragmentDir, name));
    pages[name.replace(/\.pf_fragment$/, '')] = filters.map((filter) =>
      (fragment.filters?.[filter] ?? []).map((value) => {
        const key = `${filter}\u0000${value}`;
        let i = index.get(key);
        if (i === undefined) index.set(key, (i = values[filter]!.push(value) - 1));
        return i;
      }),
    );
  }
  const file: FacetFile = { filters: [...filters], values, pages };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path.join(pagefindDir, path.basename(FACET_FILE)), bytes);
  return { pages: Object.keys(pages).length, bytes: bytes.length };
}
