/**
 * Reading content/ from disk: the taxonomy YAML files and the MDX files of each collection,
 * parsed the way Astro parses them (js-yaml frontmatter), before any validation.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { SYMLINK_MESSAGE } from './symlinks.ts';
import type { Collection } from './vocabulary.ts';
import type { Taxonomy } from './schema.ts';

export interface RawDocument {
  /** Path as shown in messages, for example content/practice-examples/dronten.mdx. */
  file: string;
  collection: Collection;
  /** The file name without .mdx: the document's slug. */
  slug: string;
  frontmatter: unknown;
  body: string;
}

/**
 * YAML without its timestamp type: an unquoted 2023-02-30 stays the text it is, so the contract
 * refuses it, instead of becoming 2 March.
 */
export const YAML_OPTIONS: yaml.LoadOptions = { schema: yaml.CORE_SCHEMA };

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * js-yaml's load, a syntax error turned into one line that names the line of the file
 * ("line 7: bad indentation of a mapping entry") instead of js-yaml's message with its snippet.
 * `firstLine` is the file's line number of the source's first line.
 */
function loadYaml(source: string, firstLine: number): unknown {
  try {
    return yaml.load(source, YAML_OPTIONS);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const where = error.mark ? `line ${firstLine + error.mark.line}: ` : '';
    throw new Error(`${where}${error.reason}`, { cause: error });
  }
}

/** Splits an MDX source into its YAML frontmatter and body; throws with a readable reason. */
export function parseMdx(source: string): { frontmatter: unknown; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('expected YAML frontmatter between two lines of "---" at the top of the file');
  return {
    // The frontmatter starts on line 2, below the first "---".
    frontmatter: loadYaml(match[1] ?? '', 2) ?? {},
    body: source.slice(match[0].length),
    /** The file's line number of the body's first line. */
    bodyLine: match[0].split('\n').length,
  };
}

const isSymbolicLink = (file: string) => lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

/** The files of a collection's folder; a symbolic link is left out (check.ts reports it), and so is a linked folder. */
export function readCollection(contentDir: string, collection: Collection): string[] {
  const dir = path.join(contentDir, collection);
  if (!existsSync(dir) || isSymbolicLink(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => !isSymbolicLink(file));
}

/** A YAML file's data (undefined when the file is missing or empty), or the reason it is not YAML. */
export function readYamlFile(file: string): { file: string; exists: boolean; data: unknown; problem?: string } {
  if (!existsSync(file)) return { file, exists: false, data: undefined };
  if (isSymbolicLink(file)) return { file, exists: true, data: undefined, problem: SYMLINK_MESSAGE };
  try {
    return { file, exists: true, data: loadYaml(readFileSync(file, 'utf8'), 1) };
  } catch (error) {
    return { file, exists: true, data: undefined, problem: (error as Error).message };
  }
}

/** A taxonomy file's data (undefined when the file is missing), or the reason it is not YAML. */
export function readTaxonomyFile(contentDir: string, taxonomy: Taxonomy): { file: string; data: unknown; problem?: string } {
  return readYamlFile(path.join(contentDir, `${taxonomy}.yaml`));
}
