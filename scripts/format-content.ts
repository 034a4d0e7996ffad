/**
 * npm run format:content [-- --check]
 * Rewrites content/ in its canonical form (contract/serialize.ts): the form the exporter
 * writes. With --check, changes nothing and exits 1 when a file is not canonical.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { checkContent, contentDir, formatViolation, NAVIGATION_FILE, parseMdx } from '../contract/index.ts';
import { YAML_OPTIONS } from '../contract/files.ts';
import { serializeDocument, serializeNavigation, serializeTaxonomy } from '../contract/serialize.ts';
import { runCommand } from './lib/run-command.ts';

await runCommand('format:content', () => {
  const checkOnly = process.argv.includes('--check');
  const dir = contentDir();
  const { documents, violations } = checkContent(dir);
  if (violations.length) {
    for (const v of violations) console.error(formatViolation(v));
    console.error('\ncontent/ breaks the contract; fix that first (npm run check:content).');
    return 1;
  }

  const files = new Map<string, string>();
  for (const doc of documents) {
    // Serialize what the file says (not the schema's output) so nothing is added or normalised away;
    // content/ is read without YAML timestamps, so dates stay the text they are.
    const { frontmatter, body } = parseMdx(readFileSync(doc.file, 'utf8'));
    files.set(doc.file, serializeDocument(doc.collection, frontmatter as Record<string, unknown>, body));
  }
  for (const name of ['themes', 'regions', 'people'] as const) {
    const file = path.join(dir, `${name}.yaml`);
    files.set(file, serializeTaxonomy(name, yaml.load(readFileSync(file, 'utf8'), YAML_OPTIONS) as Record<string, unknown>[]));
  }
  const navigation = path.join(dir, NAVIGATION_FILE);
  if (existsSync(navigation)) files.set(navigation, serializeNavigation(yaml.load(readFileSync(navigation, 'utf8'), YAML_OPTIONS) as Record<string, unknown>));

  const changed = [...files].filter(([file, text]) => readFileSync(file, 'utf8') !== text);
  for (const [file, text] of changed) {
    console.log(`${checkOnly ? 'not canonical' : 'formatted'}: ${path.relative(process.cwd(), file)}`);
    if (!checkOnly) writeFileSync(file, text);
  }
  console.log(`${files.size} files, ${changed.length} ${checkOnly ? 'not canonical' : 'rewritten'}`);
  if (checkOnly && changed.length) return 1;
});
