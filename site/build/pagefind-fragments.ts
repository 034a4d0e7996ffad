/**
 * Pagefind's fragments: one gzipped file per indexed page (its text, meta and filters), named
 * after a hash of its contents. At 10,000 documents they are 40 of the index's 51 MB, and
 * compressing them about 4 s of a publication. Pagefind does not write a fragment whose file
 * already exists (its names are content hashes), so the publish job's builds keep, in the
 * folder's own pagefind/fragment/, the fragment of every page that is still the very file it was
 * written for, and Pagefind writes only those of the pages this build changed.
 *
 * A fragment is kept only when
 * - the page's HTML file is the one the fragment was recorded for (same path, size, mtime and
 *   inode: file-memo.ts), by the same code and the same Pagefind, and
 * - the fragment file is the one that build left (same stamp), so a file a killed build left half
 *   written is never trusted.
 * Which fragment belongs to which page is read from the fragment itself (its url), never guessed.
 * After the write, two fragments for one page mean that Pagefind named this page's fragment
 * differently (two hashes that begin alike): the index is then written again into an empty
 * folder (pagefind-index.ts). test/incremental-build.test.ts compares the result with a full build.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type FileMemo } from './file-memo.ts';
import { sameStamp, stampOf, type FileStamp } from './file-stamp.ts';

/** Where the index is written, and in it the fragments, in the output folder. */
export const PAGEFIND_FOLDER = 'pagefind';
export const FRAGMENT_FOLDER = `${PAGEFIND_FOLDER}/fragment`;
const FRAGMENT_SUFFIX = '.pf_fragment';
/** Pagefind's fragments are gzipped JSON behind this signature. */
const SIGNATURE = 'pagefind_dcd';

export interface PagefindFragment {
  url: string;
  filters?: Record<string, string[]>;
}

/** One fragment of a written index: its id (the file name without suffix), page and filters. */
export interface IndexedFragment {
  id: string;
  url: string;
  filters: Record<string, string[]>;
}

/** What the memo holds per page: its fragment as the build that indexed it left it. */
export interface RememberedFragment extends IndexedFragment {
  stamp: FileStamp;
}

/** One of Pagefind's fragment files, decoded; names the file when it is not one. */
export function readPagefindFragment(file: string): PagefindFragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (Pagefind's format changed?)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
}

const fragmentFile = (outDir: string, id: string) => path.join(outDir, FRAGMENT_FOLDER, `${id}${FRAGMENT_SUFFIX}`);

/** The page file (relative to the output folder) a fragment's url stands for: /a/b/ is a/b/index.html. */
export function pageOfUrl(url: string): string {
  return `${decodeURI(url).replace(/^\/+/, '')}index.html`;
}

/**
 * Before Pagefind writes its index into outDir/pagefind: removes everything there but the
 * fragments that may be kept (above), and returns those by id.
 */
export function keepFragments(outDir: string, memo: FileMemo<RememberedFragment>): Map<string, IndexedFragment> {
  const kept = new Map<string, IndexedFragment>();
  for (const page of memo.paths()) {
    const remembered = memo.known(page);
    const stamp = remembered && stampOf(fragmentFile(outDir, remembered.id));
    if (!remembered || !stamp || !sameStamp(stamp, remembered.stamp)) continue;
    kept.set(remembered.id, { id: remembered.id, url: remembered.url, filters: remembered.filters });
  }
  const pagefindDir = path.join(outDir, PAGEFIND_FOLDER);
  const present = existsSync(pagefindDir) ? readdirSync(pagefindDir) : [];
  for (const name of present) if (name !== path.basename(FRAGMENT_FOLDER)) rmSync(path.join(pagefindDir, name), { recursive: true, force: true });
  for (const id of fragmentIds(outDir)) if (!kept.has(id)) rmSync(fragmentFile(outDir, id));
  return kept;
}

/** The ids of the fragment files in outDir's index, sorted. */
function fragmentIds(outDir: string): string[] {
  try {
    return readdirSync(path.join(outDir, FRAGMENT_FOLDER))
      .filter((name) => name.endsWith(FRAGMENT_SUFFIX))
      .map((name) => name.slice(0, -FRAGMENT_SUFFIX.length))
      .sort();
  } catch {
    return [];
  }
}

/**
 * After Pagefind wrote its index: every fragment in it, the kept ones from the memo and the
 * others read, sorted by id. Undefined when a page has two fragments: a kept one is not part of
 * the index, and the index must be written again without any.
 */
export function indexedFragments(outDir: string, kept: ReadonlyMap<string, IndexedFragment> = new Map()): IndexedFragment[] | undefined {
  const fragments = fragmentIds(outDir).map((id) => {
    const known = kept.get(id);
    if (known) return known;
    const fragment = readPagefindFragment(fragmentFile(outDir, id));
    return { id, url: fragment.url, filters: fragment.filters ?? {} };
  });
  const urls = new Set(fragments.map((fragment) => fragment.url));
  return urls.size === fragments.length ? fragments : undefined;
}

/** Records each fragment of the written index for its page, for the next build to keep. */
export function rememberFragments(outDir: string, memo: FileMemo<RememberedFragment>, fragments: IndexedFragment[]): void {
  for (const { id, url, filters } of fragments) {
    const stamp = stampOf(fragmentFile(outDir, id));
    if (stamp) memo.remember(pageOfUrl(url), { id, url, filters, stamp });
  }
}
