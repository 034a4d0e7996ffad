/**
 * Import mirrors the files: a value removed from a file is removed in the CMS by the next import.
 * Every optional field the contract declares, of every collection, is removed in turn; each time
 * the export must give back the edited files byte for byte. The fields come from the contract, so
 * a field added later is covered without touching this test.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, collectionFields, COLLECTIONS, formatViolation, parseMdx, type Collection } from '../../contract/index.ts';
import { serializeDocument } from '../../contract/serialize.ts';
import { exampleValue } from '../test/support/example-values.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { exportContent } from './export.ts';
import { importContent } from './import.ts';

/** Every file below dir with its text, keyed by relative path. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)).toString('base64')]),
  );
}

interface Full {
  collection: Collection;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

describe('import mirrors the files', () => {
  let cms: TestCms;
  let work: string;
  let content: string;
  const full: Full[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-mirror-'));
    content = path.join(work, 'content');
    cpSync(path.resolve('content'), content, { recursive: true });
    // One document of each collection with every optional field filled.
    const check = checkContent(content);
    for (const collection of COLLECTIONS) {
      const doc = check.documents.find((d) => d.collection === collection)!;
      const { frontmatter, body } = parseMdx(readFileSync(doc.file, 'utf8')) as { frontmatter: Record<string, unknown>; body: string };
      for (const [name, field] of Object.entries(collectionFields[collection])) {
        if (field.optional && frontmatter[name] === undefined) {
          frontmatter[name] = exampleValue(field, { contentDir: content, check, owner: `${collection}-${doc.slug}` });
        }
      }
      writeFileSync(doc.file, serializeDocument(collection, frontmatter, body));
      full.push({ collection, file: doc.file, frontmatter, body });
    }
    expect(checkContent(content).violations.map(formatViolation)).toEqual([]);
    cms = await startTestCms();
    await importContent({ payload: cms.payload, contentDir: content });
  }, 240_000);

  afterAll(async () => {
    await cms?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const roundTrip = async (name: string) => {
    const out = path.join(work, name, 'content');
    await exportContent({ payload: cms.payload, contentDir: out });
    return tree(out);
  };

  it('exports every optional field of every collection as the file has it', async () => {
    expect(await roundTrip('full')).toEqual(tree(content));
  });

  const optionalNames = [...new Set(COLLECTIONS.flatMap((c) => Object.entries(collectionFields[c]).filter(([, f]) => f.optional).map(([n]) => n)))];

  it.each(optionalNames)('clears %s in the CMS once it is removed from the files', async (name) => {
    const edited: string[] = [];
    for (const doc of full) {
      const declared: Record<string, { optional: boolean }> = collectionFields[doc.collection];
      const { [name]: removed, ...rest } = doc.frontmatter;
      const remove = declared[name]?.optional === true && removed !== undefined;
      writeFileSync(doc.file, serializeDocument(doc.collection, remove ? rest : doc.frontmatter, doc.body));
      if (remove) edited.push(path.relative(content, doc.file));
    }
    expect(edited.length).toBeGreaterThan(0);
    const summary = await importContent({ payload: cms.payload, contentDir: content });
    expect(summary.updated).toBeGreaterThanOrEqual(edited.length);
    const exported = await roundTrip(`without-${name}`);
    const want = tree(content);
    // The media only the removed field used is no longer exported, as it should be.
    for (const file of Object.keys(want)) if (file.startsWith('media/') && !(file in exported)) delete want[file];
    expect(exported).toEqual(want);
  });
});
