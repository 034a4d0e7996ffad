/**
 * The link check of the built site: every internal link, image, attachment, feed entry, sitemap
 * entry and redirect in an output folder must resolve to a file of that folder (and a fragment to
 * an element of that page). A pure function over the folder; site/links/references.ts finds what
 * each file refers to, and site/integrations/link-check.ts runs the check on every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findReferences, type FileReferences, type LinkKind, type Reference } from './references.ts';

export interface LinkProblem {
  /** The file that holds the link, relative to the output folder, with forward slashes. */
  page: string;
  /** The link as written. */
  link: string;
  kind: LinkKind;
  /** Why it does not resolve, when not simply "nothing there". */
  reason?: string;
}

export interface CheckLinksOptions {
  /** The site's own address (config.site): absolute URLs on its origin are internal. */
  site?: string;
  /**
   * Path prefixes taken as present without looking: what is written after the check (the
   * Pagefind index is written after the link check). Default: ['/pagefind/'].
   */
  writtenLater?: string[];
  /** Also check that the element a fragment (#id) names exists on the target page. Default true. */
  fragments?: boolean;
  /**
   * What a file refers to and the ids it holds, given its path and a reader of its text. Default:
   * findReferences. The publish job's builds remember it per file (site/build/file-memo.ts).
   */
  scan?: (file: string, read: () => string) => FileReferences;
}

const SKIPPED_FOLDERS = new Set(['pagefind']);

/** All problems of the output folder `dir`, in file order; an empty list when every link resolves. */
export function checkLinks(dir: string, options: CheckLinksOptions = {}): LinkProblem[] {
  const site = new URL(options.site ?? 'https://site.invalid/');
  const writtenLater = options.writtenLater ?? ['/pagefind/'];
  const checkFragments = options.fragments ?? true;
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const scan = options.scan ?? findReferences;
  const problems: LinkProblem[] = [];

  // Each file is scanned once: a fragment's target page may be scanned before its own turn.
  const scanned = new Map<string, FileReferences>();
  const referencesOf = (file: string): FileReferences => {
    let found = scanned.get(file);
    if (!found) {
      found = scan(file, () => readFileSync(path.join(dir, file), 'utf8'));
      scanned.set(file, found);
    }
    return found;
  };
  const idsOf = (file: string): Set<string> => referencesOf(file).ids ?? new Set();

  /** Why `raw`, found on a page at `base`, does not resolve; undefined when it does. */
  const verdictOf = (raw: string, base: URL): { reason?: string } | undefined => {
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return { reason: 'not a valid URL' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // mailto:, tel:, data:, javascript: …
    if (url.origin !== site.origin) return undefined; // external
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return { reason: 'malformed percent-encoding' };
    }
    if (writtenLater.some((prefix) => pathname.startsWith(prefix))) return undefined;
    const relative = pathname.replace(/^\/+/, '');
    let target: string | undefined;
    if (pathname.endsWith('/')) {
      if (fileSet.has(`${relative}index.html`)) target = `${relative}index.html`;
    } else if (fileSet.has(relative)) {
      target = relative;
    } else if (fileSet.has(`${relative}/index.html`)) {
      return { reason: `no trailing slash: the page is ${url.pathname}/` };
    }
    if (target === undefined) return {};
    const fragment = decodeFragment(url.hash);
    if (checkFragments && fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      return { reason: `no element with id "${fragment}" on ${url.pathname}` };
    }
    return undefined;
  };

  // A root-relative link means the same on every page of an origin (navigation, footer, tags):
  // its verdict is worked out once.
  const verdicts = new Map<string, { reason?: string } | undefined>();

  /** Checks one reference found in `page`, whose own URL is `base`. */
  const check = (page: string, base: URL, ref: Reference) => {
    const raw = ref.link.trim();
    if (raw === '' || raw === '#') return;
    let verdict: { reason?: string } | undefined;
    if (raw.startsWith('/') && !raw.startsWith('//')) {
      const key = `${base.origin}${raw}`;
      if (verdicts.has(key)) verdict = verdicts.get(key);
      else verdicts.set(key, (verdict = verdictOf(raw, base)));
    } else {
      verdict = verdictOf(raw, base);
    }
    if (verdict) problems.push({ page, ...ref, ...verdict });
  };

  for (const file of files) {
    const base = new URL(pageUrl(file), site);
    const found = referencesOf(file);
    // Later pages may still link to its fragments: its ids stay, its references are done.
    scanned.set(file, { references: [], ids: found.ids });
    const pageBase = found.base ? new URL(found.base, base) : base;
    for (const ref of found.references) check(file, pageBase, ref);
  }
  return problems;
}

/** One line per problem: `dist/praktijkvoorbeelden/x/index.html: broken link /themas/bestaat-niet/ (link)`. */
export function formatLinkProblem(problem: LinkProblem, outDirLabel = 'dist'): string {
  const line = `${outDirLabel}/${problem.page}: broken link ${problem.link} (${problem.kind})`;
  return problem.reason ? `${line}: ${problem.reason}` : line;
}

export class LinkCheckError extends Error {
  readonly problems: LinkProblem[];
  constructor(problems: LinkProblem[], outDirLabel = 'dist') {
    super(`${problems.length} broken link(s) in the built site:\n${problems.map((p) => formatLinkProblem(p, outDirLabel)).join('\n')}`);
    this.name = 'LinkCheckError';
    this.problems = problems;
  }
}

/** The URL path a file of the output folder is served at: a/b/index.html → /a/b/. */
function pageUrl(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !SKIPPED_FOLDERS.has(file.split('/')[0]!))
    .sort();
}

function decodeFragment(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
