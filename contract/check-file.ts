/**
 * The rules of one file: an MDX document's name, frontmatter and body, or a taxonomy file's
 * entries, each against its schema. Rules across files are in references.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkBody } from './body.ts';
import { displayPath, parseMdx, readTaxonomyFile } from './files.ts';
import { collectionSchemas, isSlug, SLUG_HINT, taxonomySchemas, type Taxonomy } from './schema.ts';
import { RESERVED_PAGE_SLUGS, type Collection } from './vocabulary.ts';
import { violationsFromZod, type Violation } from './violations.ts';

export interface CheckedDocument {
  file: string;
  collection: Collection;
  slug: string;
  /** Validated frontmatter; its type depends on the collection. */
  data: Record<string, any>;
  body: string;
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
  const seen = new Set<string>();
  entries.forEach(({ slug }, index) => {
    if (seen.has(slug)) violations.push({ file: at, field: `${index}.slug`, message: `"${slug}" is used more than once` });
    seen.add(slug);
  });
  return { entries, violations };
}

/**
 * One MDX file: its name, its body and its frontmatter. Returns the document, valid or not (an
 * invalid one still has its references checked, so that one run reports everything), or nothing
 * when the file cannot be read as MDX at all. `checkBodyRule` false skips the body rule, for a file
 * whose bytes passed it before (check.ts).
 */
export function checkDocument(
  file: string,
  collection: Collection,
  violations: Violation[],
  checkBodyRule = true,
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
  for (const problem of checkBodyRule ? checkBody(parsed.body) : []) {
    violations.push({ file: at, field: 'body', message: `line ${parsed.bodyLine + problem.line - 1}: ${problem.message}` });
  }
  const result = collectionSchemas[collection].safeParse(parsed.frontmatter);
  if (result.success) return { valid: true, document: { file, collection, slug, data: result.data, body: parsed.body } };
  violations.push(...violationsFromZod(at, result.error));
  const raw = parsed.frontmatter;
  const data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return { valid: false, document: { file, collection, slug, data, body: parsed.body } };
}
