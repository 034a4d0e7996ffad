/**
 * The canonical text of content/: how the exporter writes every file and how
 * `npm run format:content` rewrites hand-edited ones, so that an unchanged CMS exports an
 * unchanged tree and git diffs show only real edits. Keys follow the schema's order; YAML is
 * block style, never wrapped, with double quotes only where YAML needs them.
 */
import yaml from 'js-yaml';
import type { z } from 'zod';
import { collectionSchemas, taxonomySchemas, type Taxonomy } from './schema.ts';
import type { Collection } from './vocabulary.ts';

const DUMP: yaml.DumpOptions = { lineWidth: -1, quotingType: '"', noRefs: true, noCompatMode: true };

/** Orders an object's keys (and those of nested objects) as the schema declares them. */
function ordered(schema: z.ZodType, value: unknown): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return ordered(def.innerType, value);
    case 'pipe':
      return ordered(def.in, value);
    case 'array':
      return Array.isArray(value) ? value.map((item) => ordered(def.element, item)) : value;
    case 'object': {
      if (!value || typeof value !== 'object') return value;
      const shape = def.shape as Record<string, z.ZodType>;
      const record = value as Record<string, unknown>;
      const keys = [...Object.keys(shape), ...Object.keys(record).filter((k) => !(k in shape))];
      return Object.fromEntries(
        keys.filter((k) => record[k] !== undefined).map((k) => [k, shape[k] ? ordered(shape[k], record[k]) : record[k]]),
      );
    }
    default:
      return value;
  }
}

export function serializeDocument(collection: Collection, frontmatter: Record<string, unknown>, body: string): string {
  const data = ordered(collectionSchemas[collection], frontmatter);
  const text = body.replace(/^\s*\n/, '').replace(/\s*$/, '');
  return `---\n${yaml.dump(data, DUMP)}---\n${text ? `\n${text}\n` : ''}`;
}

/** A taxonomy file lists its entries by slug: the CMS keeps no order of its own. */
export function serializeTaxonomy(name: Taxonomy, entries: Record<string, unknown>[]): string {
  const bySlug = [...entries].sort((a, b) => String(a.slug).localeCompare(String(b.slug), 'en'));
  return yaml.dump(
    bySlug.map((entry) => ordered(taxonomySchemas[name], entry)),
    DUMP,
  );
}
