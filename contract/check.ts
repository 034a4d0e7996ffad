/**
 * Validates a whole content/ tree against the contract: every file against its schema, then the
 * rules that span files (references resolve, slugs and redirects are unique, media exist).
 * All violations of a run are collected; nothing stops at the first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkBody } from './body.ts';
import { displayPath, parseMdx, readCollection, readTaxonomyFile } from './files.ts';
import {
  collectionSchemas,
  isSlug,
  SLUG_HINT,
  taxonomySchemas,
  type Person,
  type Region,
  type Taxonomy,
  type Theme,
} from './schema.ts';
import {
  ARTICLE_COLLECTIONS,
  COLLECTION_INFO,
  COLLECTIONS,
  documentPath,
  RESERVED_PAGE_SLUGS,
  type Collection,
} from './vocabulary.ts';
import { violationsFromZod, type Violation } from './violations.ts';

export interface CheckedDocument {
  file: string;
  collection: Collection;
  slug: string;
  /** Validated frontmatter; its type depends on the collection. */
  data: Record<string, any>;
  body: string;
}

export interface ContentCheck {
  documents: CheckedDocument[];
  themes: Theme[];
  regions: Region[];
  people: Person[];
  violations: Violation[];
  /** Advice that does not fail a build, such as a municipality outside its region's list. */
  warnings: Violation[];
}

const TAXONOMIES = Object.keys(taxonomySchemas) as Taxonomy[];
const KNOWN_ENTRIES = new Set<string>([...COLLECTIONS, 'media', ...TAXONOMIES.map((t) => `${t}.yaml`)]);

export function checkContent(contentDir: string): ContentCheck {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    violations.push({ file: displayPath(contentDir), field: '', message: 'content folder not found' });
    return { documents: [], themes: [], regions: [], people: [], violations, warnings };
  }
  for (const name of readdirSync(contentDir)) {
    if (!name.startsWith('.') && !KNOWN_ENTRIES.has(name)) {
      violations.push({
        file: displayPath(path.join(contentDir, name)),
        field: '',
        message: `is not part of the contract (expected only ${[...KNOWN_ENTRIES].join(', ')})`,
      });
    }
  }

  const taxonomy = <T extends { slug: string }>(name: Taxonomy): T[] => {
    const result = loadTaxonomy<T>(contentDir, name);
    violations.push(...result.violations);
    return result.entries;
  };
  const themes = taxonomy<Theme>('themes');
  const regions = taxonomy<Region>('regions');
  const people = taxonomy<Person>('people');

  const documents: CheckedDocument[] = [];
  const invalid: CheckedDocument[] = [];
  for (const collection of COLLECTIONS) {
    for (const file of readCollection(contentDir, collection)) {
      const result = checkDocument(file, collection, violations);
      if (result?.valid) documents.push(result.document);
      else if (result) invalid.push(result.document);
    }
  }

  checkReferences(contentDir, { documents, themes, regions, people, violations, warnings }, invalid);
  return { documents, themes, regions, people, violations, warnings };
}

/** Reads and validates one taxonomy file (themes.yaml, regions.yaml, people.yaml). */
export function loadTaxonomy<T extends { slug: string }>(
  contentDir: string,
  name: Taxonomy,
): { entries: T[]; violations: Violation[] } {
  const { file, data, problem } = readTaxonomyFile(contentDir, name);
  const at = displayPath(file);
  if (problem) return { entries: [], violations: [{ file: at, field: '', message: problem }] };
  if (data === undefined) return { entries: [], violations: [{ file: at, field: '', message: 'is missing (expected a YAML list)' }] };
  const result = z.array(taxonomySchemas[name]).safeParse(data);
  if (!result.success) return { entries: [], violations: violationsFromZod(at, result.error) };
  const entries = result.data as unknown as T[];
  const violations: Violation[] = [];
  uniqueSlugs(entries.map((e) => e.slug), (slug, index) =>
    violations.push({ file: at, field: `${index}.slug`, message: `"${slug}" is used more than once` }),
  );
  return { entries, violations };
}

/** Paths the site renders itself: home, listings and their pages, taxonomies, search, assets. */
function isSitePath(sitePath: string): boolean {
  const [first = '', second] = sitePath.split('/').filter(Boolean);
  const listings = ARTICLE_COLLECTIONS.map((c) => COLLECTION_INFO[c].route);
  if (sitePath === '/' || (listings.includes(first) && (second === undefined || second === 'pagina'))) return true;
  return !listings.includes(first) && ((RESERVED_PAGE_SLUGS as readonly string[]).includes(first) || first.startsWith('_'));
}

/**
 * One MDX file: its name, its body and its frontmatter. Returns the document, valid or not (an
 * invalid one still has its references checked, so that one run reports everything), or nothing
 * when the file cannot be read as MDX at all.
 */
function checkDocument(
  file: string,
  collection: Collection,
  violations: Violation[],
): { valid: boolean; document: CheckedDocument } | undefined {
  const at = displayPath(file);
  const name = path.basename(file);
  if (!name.endsWith('.mdx')) {
    violations.push({ file: at, field: '', message: 'expected only .mdx files in this folder' });
    return undefined;
  }
  const slug = name.slice(0, -'.mdx'.length);
  if (!isSlug(slug)) {
    violations.push({ file: at, field: 'slug', message: `file name must be a slug (${SLUG_HINT})` });
  }
  if (collection === 'pages' && (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)) {
    violations.push({ file: at, field: 'slug', message: `"${slug}" is a path the site uses itself; choose another file name` });
  }
  let parsed: ReturnType<typeof parseMdx>;
  try {
    parsed = parseMdx(readFileSync(file, 'utf8'));
  } catch (error) {
    violations.push({ file: at, field: 'frontmatter', message: (error as Error).message.split('\n')[0]! });
    return undefined;
  }
  for (const problem of checkBody(parsed.body)) {
    violations.push({ file: at, field: 'body', message: `line ${parsed.bodyLine + problem.line - 1}: ${problem.message}` });
  }
  const result = collectionSchemas[collection].safeParse(parsed.frontmatter);
  if (result.success) return { valid: true, document: { file, collection, slug, data: result.data, body: parsed.body } };
  violations.push(...violationsFromZod(at, result.error));
  const raw = parsed.frontmatter;
  const data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return { valid: false, document: { file, collection, slug, data, body: parsed.body } };
}

function uniqueSlugs(slugs: string[], onDuplicate: (slug: string, index: number) => void) {
  const seen = new Set<string>();
  slugs.forEach((slug, index) => {
    if (seen.has(slug)) onDuplicate(slug, index);
    seen.add(slug);
  });
}

/** Strings of a frontmatter value that should be a list of strings; anything else the schema reports. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Rules across files. Valid documents are checked in full; documents that failed their schema
 * (`unvalidated`) only where their values have the right shape, and they are no target of a reference.
 */
function checkReferences(contentDir: string, check: ContentCheck, unvalidated: CheckedDocument[]) {
  const { documents, violations, warnings } = check;
  const themes = new Set(check.themes.map((t) => t.slug));
  const people = new Set(check.people.map((p) => p.slug));
  const regions = new Map(check.regions.map((r) => [r.slug, r]));
  const slugsOf = (collection: Collection) =>
    new Set(documents.filter((d) => d.collection === collection).map((d) => d.slug));
  const existing = new Map(COLLECTIONS.map((c) => [c, slugsOf(c)]));
  const paths = new Map(documents.map((d) => [documentPath(d.collection, d.slug), d]));
  const redirects = new Map<string, string>();

  for (const doc of [...documents, ...unvalidated].sort((a, b) => a.file.localeCompare(b.file))) {
    const file = displayPath(doc.file);
    const fail = (field: string, message: string) => violations.push({ file, field, message });
    const data = doc.data;

    strings(data.themes).forEach((slug, i) => {
      if (!themes.has(slug)) fail(`themes.${i}`, `unknown theme "${slug}" (expected a slug from themes.yaml)`);
    });
    const regionSlug = text(data.region);
    if (regionSlug !== undefined) {
      const region = regions.get(regionSlug);
      if (!region) fail('region', `unknown region "${regionSlug}" (expected a slug from regions.yaml)`);
      strings(data.municipalities).forEach((name, i) => {
        if (region && !region.municipalities.includes(name)) {
          warnings.push({ file, field: `municipalities.${i}`, message: `"${name}" is not listed under region "${region.slug}" in regions.yaml` });
        }
      });
    }
    for (const field of ['contact', 'expert'] as const) {
      const person = text(data[field]);
      if (person !== undefined && !people.has(person)) {
        fail(field, `unknown person "${person}" (expected a slug from people.yaml)`);
      }
    }
    const event = text(data.event);
    if (event !== undefined && !existing.get('events')!.has(event)) {
      fail('event', `unknown event "${event}" (expected the file name of a document in content/events/)`);
    }
    objects(data.related).forEach((ref, i) => {
      const collection = ref.collection as Collection;
      if (existing.has(collection) && typeof ref.slug === 'string' && !existing.get(collection)!.has(ref.slug)) {
        fail(`related.${i}`, `"${collection}/${ref.slug}" does not exist (expected content/${collection}/${ref.slug}.mdx)`);
      }
    });
    const media: [string, unknown][] = [];
    if (data.image && typeof data.image === 'object') media.push(['image.src', (data.image as Record<string, unknown>).src]);
    objects(data.attachments).forEach((a, i) => media.push([`attachments.${i}.src`, a.src]));
    for (const [field, src] of media) {
      if (typeof src === 'string' && src.startsWith('media/') && !existsSync(path.join(contentDir, src))) {
        fail(field, `file not found: content/${src}`);
      }
    }
    strings(data.redirectFrom).forEach((from, i) => {
      const field = `redirectFrom.${i}`;
      const owner = paths.get(from);
      if (!from.startsWith('/') || !from.endsWith('/')) {
        return; // the schema reports the form
      } else if (isSitePath(from)) {
        fail(field, `"${from}" is a path the site uses itself; a redirect may only keep an old document path alive`);
      } else if (owner) {
        fail(field, `"${from}" is the current path of ${displayPath(owner.file)}; a redirect may only keep an old path alive`);
      } else if (redirects.has(from)) {
        fail(field, `"${from}" already redirects to ${redirects.get(from)}`);
      } else {
        redirects.set(from, documentPath(doc.collection, doc.slug));
      }
    });
  }
}
