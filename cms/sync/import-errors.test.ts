import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validPracticeExample, writeDocument } from '../../test/support/content-fixture.ts';
import { testCmsEnv } from '../test/support/payload.ts';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content/ of the sample's taxonomies and one practice example with the body given, and a database of its own. */
function fixture(body: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-import-'));
  roots.push(dir);
  const content = path.join(dir, 'content');
  mkdirSync(path.join(content, 'practice-examples'), { recursive: true });
  for (const name of ['themes.yaml', 'regions.yaml', 'people.yaml']) copyFileSync(path.resolve('content', name), path.join(content, name));
  const file = writeDocument(content, 'practice-examples', 'kapot', validPracticeExample(content), body);
  return { file, env: testCmsEnv(path.join(dir, 'cms'), 'sqlite', { CONTENT_DIR: content }) as NodeJS.ProcessEnv };
}

describe('npm run import, when a body cannot be converted into the editor', () => {
  // The contract accepts "\</Callout>" as text; Payload's importer reads it as the Callout's end.
  // `at(text)` is the file's line number of a line of the body.
  const cases: [string, string, (at: (text: string) => number) => string][] = [
    [
      'a line "\\</Callout>" in a Callout\'s text',
      'Tekst.\n\n<Callout title="Let op">\nEerste regel.\n\\</Callout>\nTweede regel.\n</Callout>\n',
      (at) =>
        `line ${at('<Callout title="Let op">')}: the <Callout> that starts here cannot be converted into the editor's form: ` +
        `its text has "</Callout" on line ${at('\\</Callout>')}, which ends it there; write "&lt;" for a "<" that is text`,
    ],
    [
      'a line "\\</Callout>" at the end of a Callout\'s text, which Payload would import as a Callout and a stray paragraph',
      'Tekst.\n\n<Callout title="Let op">\nEerste regel.\n\\</Callout>\n</Callout>\n',
      (at) =>
        `line ${at('<Callout title="Let op">')}: the <Callout> that starts here cannot be converted into the editor's form: ` +
        `its text has "</Callout" on line ${at('\\</Callout>')}, which ends it there; write "&lt;" for a "<" that is text`,
    ],
  ];
  it.each(cases)('fails with exit 1 and names the file and line of %s', (_name, body, message) => {
    const { file, env } = fixture(body);
    const lines = readFileSync(file, 'utf8').split('\n');
    const result = spawnSync(process.execPath, ['scripts/import.ts'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toBe(`import failed:\n${file}: body: ${message((text) => lines.indexOf(text) + 1)}\n`);
    expect(result.stdout).not.toMatch(/import done/);
  }, 120_000);
});
