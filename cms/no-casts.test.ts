/**
 * The CMS code uses Payload's generated types (payload-types.ts, `npm run cms:types`) instead of
 * switching the type checker off: no cast to `never` and no record of `any` in a .ts or .tsx file
 * under cms/. Deliberately invalid test data says why with `// @ts-expect-error <reason>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const CMS = path.resolve('cms');

/** What is generated rather than written here: Payload's types and the admin app from its template. */
const GENERATED = ['payload-types.ts', 'app/'];

const FORBIDDEN = [
  { name: 'a cast to never', pattern: /\bas\s+never\b/ },
  { name: 'a record of any', pattern: /\bRecord<\s*string\s*,\s*any\s*>/ },
];

/** The .ts and .tsx files below cms/, relative to it, without generated files, build output and dependencies. */
function sourceFiles(): string[] {
  return readdirSync(CMS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(CMS, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.next') || part === 'node_modules'))
    .filter((file) => !GENERATED.some((generated) => (generated.endsWith('/') ? file.startsWith(generated) : file === generated)));
}

/** Every forbidden construct in the source, as "cms/<file>:<line>: <what>: <the line>". */
function findCasts(): string[] {
  return sourceFiles().flatMap((file) =>
    readFileSync(path.join(CMS, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `cms/${file}:${i + 1}: ${name}: ${line.trim()}`)),
  );
}

it('reads the CMS source, hooks, sync and tests included', () => {
  const files = sourceFiles();
  expect(files).toEqual(expect.arrayContaining(['config.ts', 'sync/body.ts', 'sync/export.ts', 'access/roles.test.ts', 'test/support/fixtures.ts']));
  expect(files).not.toContain('payload-types.ts');
  expect(files.filter((file) => file.startsWith('app/'))).toEqual([]);
});

it('has no cast to never and no record of any outside the generated files', () => {
  expect(findCasts()).toEqual([]);
});
