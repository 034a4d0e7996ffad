/**
 * What the built site refers to: the links, images, feeds, sitemap entries and redirects that a
 * file of the output names, as written, and the fragment targets (ids) a page holds. Reads no
 * file itself; site/links/check-links.ts resolves what it finds.
 */
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

/** One reference as a file writes it: the link still unresolved. */
export interface Reference {
  link: string;
  kind: LinkKind;
}

/** What one file of the output refers to; for a page, also the ids it holds and its <base href>. */
export interface FileReferences {
  references: Reference[];
  ids?: Set<string>;
  base?: string;
}

/**
 * The references of the output file `file` (a path relative to the output folder). `read` gives
 * its text and is called only for the files that can refer to anything: pages, XML (feeds and
 * sitemaps), robots.txt and _redirects.
 */
export function findReferences(file: string, read: () => string): FileReferences {
  if (!canRefer(file)) return { references: [] };
  if (file.endsWith('.html')) return pageReferences(read());
  if (file.endsWith('.xml')) return { references: xmlReferences(read()) };
  if (file === 'robots.txt') {
    return { references: [...read().matchAll(/^\s*sitemap:\s*(\S+)/gim)].map(([, link]) => ({ link: link!, kind: 'sitemap' as const })) };
  }
  return { references: redirectReferences(read()) };
}

/** Whether a file of the output can refer to anything: pages, XML, robots.txt and _redirects. */
export function canRefer(file: string): boolean {
  return file.endsWith('.html') || file.endsWith('.xml') || file === 'robots.txt' || file === '_redirects';
}

function pageReferences(html: string): FileReferences {
  const ids = new Set<string>();
  const references: Reference[] = [];
  let base: string | undefined;
  scanTags(html, (element) => {
    addId(ids, element);
    if (element.tagName === 'base') {
      const href = attr(element, 'href');
      if (href) base = href;
    }
    references.push(...referencesOf(element));
  });
  return { references, ids, base };
}

function redirectReferences(text: string): Reference[] {
  const references: Reference[] = [];
  for (const line of text.split('\n')) {
    const [from, to] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!from || !to) continue;
    // The old path keeps a redirect page of its own, for hosts that do not read _redirects.
    references.push({ link: from, kind: 'redirect' }, { link: to, kind: 'redirect' });
  }
  return references;
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

function addId(ids: Set<string>, element: Element): void {
  const id = attr(element, 'id');
  if (id) ids.add(id);
  if (element.tagName === 'a') {
    const name = attr(element, 'name');
    if (name) ids.add(name);
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
