/**
 * The link check of the built site: every internal link, image, attachment, feed entry, sitemap
 * entry and redirect in an output folder must resolve to a file of that folder. A pure function
 * over the folder; site/integrations/link-check.ts runs it on every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** A start tag as the parser reports it: lower-case names, attribute values decoded. */
interface Element {
  tagName: string;
  attrs: Record<string, string>;
}

export type LinkKind =
  | 'link' // <a href>, <area href> to a page
  | 'attachment' // <a href> to a file (a PDF, a presentation …)
  | 'image' // <img src>, srcset, <source srcset>, icons, og:image
  | 'stylesheet'
  | 'script'
  | 'canonical' // <link rel="canonical">, og:url
  | 'feed' // an RSS or Atom entry, or a page's <link rel="alternate"> to a feed
  | 'sitemap' // a <loc> of a sitemap or sitemap index, robots.txt's Sitemap:
  | 'redirect' // a line of _redirects, a redirect page's meta refresh
  | 'resource'; // any other reference: <iframe src>, <video src>, <link href> …

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
}

interface Reference {
  link: string;
  kind: LinkKind;
}

const SKIPPED_FOLDERS = new Set(['pagefind']);

/** All problems of the output folder `dir`, in file order; an empty list when every link resolves. */
export function checkLinks(dir: string, options: CheckLinksOptions = {}): LinkProblem[] {
  const site = new URL(options.site ?? 'https://site.invalid/');
  const writtenLater = options.writtenLater ?? ['/pagefind/'];
  const checkFragments = options.fragments ?? true;
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const idsCache = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];

  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = collectIds(readFileSync(path.join(dir, file), 'utf8'));
      idsCache.set(file, ids);
    }
    return ids;
  };

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
    if (file.endsWith('.html')) {
      const ids = new Set<string>();
      const refs: Reference[] = [];
      let pageBase = base;
      scanTags(readFileSync(path.join(dir, file), 'utf8'), (element) => {
        addId(ids, element);
        if (element.tagName === 'base') {
          const href = attr(element, 'href');
          if (href) pageBase = new URL(href, base);
        }
        refs.push(...referencesOf(element));
      });
      idsCache.set(file, ids);
      for (const ref of refs) check(file, pageBase, ref);
    } else if (file.endsWith('.xml')) {
      for (const ref of xmlReferences(readFileSync(path.join(dir, file), 'utf8'))) check(file, base, ref);
    } else if (file === 'robots.txt') {
      for (const [, link] of readFileSync(path.join(dir, file), 'utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) check(file, base, { link: link!, kind: 'sitemap' });
    } else if (file === '_redirects') {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const [from, to] = line.replace(/#.*/, '').trim().split(/\s+/);
        if (!from || !to) continue;
        // The old path keeps a redirect page of its own, for hosts that do not read _redirects.
        check(file, base, { link: from, kind: 'redirect' });
        check(file, base, { link: to, kind: 'redirect' });
      }
    }
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

/**
 * Every start tag of a page, in document order (inside <template> too). htmlparser2 rather than
 * a full HTML5 tree builder: the check needs tags and attributes only, and at 10,000 pages
 * tokenizing was most of its time (parse5: 16 s, htmlparser2: 7 s on our test machine).
 */
function scanTags(html: string, visit: (element: Element) => void): void {
  const parser = new Parser({ onopentag: (tagName, attrs) => visit({ tagName, attrs }) }, { decodeEntities: true });
  parser.end(html);
}

function attr(element: Element, name: string): string | undefined {
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}

/** Fragment targets: every id, and the name of an <a name>. */
function addId(ids: Set<string>, element: Element): void {
  const id = attr(element, 'id');
  if (id) ids.add(id);
  if (element.tagName === 'a') {
    const name = attr(element, 'name');
    if (name) ids.add(name);
  }
}

function collectIds(html: string): Set<string> {
  const ids = new Set<string>();
  scanTags(html, (element) => addId(ids, element));
  return ids;
}

function decodeFragment(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function srcset(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

function referencesOf(element: Element): Reference[] {
  const refs: Reference[] = [];
  const add = (link: string | undefined, kind: LinkKind) => {
    if (link !== undefined) refs.push({ link, kind });
  };
  switch (element.tagName) {
    case 'a':
    case 'area': {
      const href = attr(element, 'href');
      if (href !== undefined) add(href, isFileLink(href) ? 'attachment' : 'link');
      break;
    }
    case 'img':
      add(attr(element, 'src'), 'image');
      for (const link of srcset(attr(element, 'srcset'))) add(link, 'image');
      break;
    case 'source':
      add(attr(element, 'src'), 'resource');
      for (const link of srcset(attr(element, 'srcset'))) add(link, 'image');
      break;
    case 'script':
      add(attr(element, 'src'), 'script');
      break;
    case 'link': {
      const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const type = attr(element, 'type') ?? '';
      const kind: LinkKind = rel.includes('stylesheet')
        ? 'stylesheet'
        : rel.includes('canonical')
          ? 'canonical'
          : rel.includes('icon') || rel.includes('apple-touch-icon')
            ? 'image'
            : rel.includes('alternate') && /rss|atom/.test(type)
              ? 'feed'
              : rel.includes('sitemap')
                ? 'sitemap'
                : 'resource';
      // preconnect and dns-prefetch name a host, not a resource.
      if (!rel.includes('preconnect') && !rel.includes('dns-prefetch')) add(attr(element, 'href'), kind);
      break;
    }
    case 'meta': {
      const property = (attr(element, 'property') ?? attr(element, 'name') ?? '').toLowerCase();
      const content = attr(element, 'content');
      if (property === 'og:url') add(content, 'canonical');
      else if (property === 'og:image' || property === 'twitter:image') add(content, 'image');
      else if ((attr(element, 'http-equiv') ?? '').toLowerCase() === 'refresh' && content) {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        add(target, 'redirect');
      }
      break;
    }
    case 'iframe':
    case 'embed':
    case 'audio':
    case 'track':
      add(attr(element, 'src'), 'resource');
      break;
    case 'video':
      add(attr(element, 'src'), 'resource');
      add(attr(element, 'poster'), 'image');
      break;
    case 'object':
      add(attr(element, 'data'), 'resource');
      break;
  }
  return refs;
}

/** A link to a file rather than a page: its last path segment has an extension other than .html. */
function isFileLink(href: string): boolean {
  const pathname = href.replace(/[?#].*$/, '');
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return /\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(text);
  if (cdata) return cdata[1]!.trim();
  return text
    .trim()
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) =>
      entity.startsWith('#x') || entity.startsWith('#X')
        ? String.fromCodePoint(parseInt(entity.slice(2), 16))
        : entity.startsWith('#')
          ? String.fromCodePoint(parseInt(entity.slice(1), 10))
          : XML_ENTITIES[entity.toLowerCase()]!,
    );
}

/** The URLs of a sitemap, a sitemap index, or an RSS or Atom feed. */
function xmlReferences(xml: string): Reference[] {
  const refs: Reference[] = [];
  if (/<(urlset|sitemapindex)\b/.test(xml)) {
    for (const [, text] of xml.matchAll(/<loc>([\s\S]*?)<\/loc>/g)) refs.push({ link: xmlText(text!), kind: 'sitemap' });
  } else if (/<(rss|feed)\b/.test(xml)) {
    for (const [, text] of xml.matchAll(/<link>([\s\S]*?)<\/link>/g)) refs.push({ link: xmlText(text!), kind: 'feed' });
    for (const [, text] of xml.matchAll(/<guid\b[^>]*isPermaLink="true"[^>]*>([\s\S]*?)<\/guid>/g)) refs.push({ link: xmlText(text!), kind: 'feed' });
    for (const [, url] of xml.matchAll(/<enclosure\b[^>]*\burl="([^"]*)"/g)) refs.push({ link: xmlText(url!), kind: 'feed' });
    for (const [, href] of xml.matchAll(/<(?:atom:)?link\b[^>]*\bhref="([^"]*)"/g)) refs.push({ link: xmlText(href!), kind: 'feed' });
  }
  return refs;
}
