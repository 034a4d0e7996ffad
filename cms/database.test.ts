import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseDatabase } from './database.ts';
import { repoRoot } from './paths.ts';

describe('chooseDatabase', () => {
  it('uses SQLite at .data/cms.db when DATABASE_URL is unset or empty', () => {
    const file = path.join(repoRoot, '.data', 'cms.db');
    expect(chooseDatabase({})).toEqual({ kind: 'sqlite', file, url: pathToFileURL(file).href });
    expect(chooseDatabase({ DATABASE_URL: '  ' })).toMatchObject({ kind: 'sqlite', file });
  });

  it('puts the SQLite file in CMS_DATA_DIR when set', () => {
    expect(chooseDatabase({ CMS_DATA_DIR: '/tmp/cms-x' })).toMatchObject({ kind: 'sqlite', file: '/tmp/cms-x/cms.db' });
  });

  it('accepts file: URLs as SQLite', () => {
    expect(chooseDatabase({ DATABASE_URL: 'file:/tmp/x/cms.db' })).toMatchObject({ kind: 'sqlite', file: '/tmp/x/cms.db' });
    expect(chooseDatabase({ DATABASE_URL: 'file:///tmp/y/cms.db' })).toMatchObject({ kind: 'sqlite', file: '/tmp/y/cms.db' });
    expect(chooseDatabase({ DATABASE_URL: 'file:data/cms.db' })).toMatchObject({
      kind: 'sqlite',
      file: path.resolve('data/cms.db'),
    });
  });

  it('selects MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase({ DATABASE_URL: 'mongodb://localhost:27017/schoolnabij' })).toEqual({
      kind: 'mongodb',
      url: 'mongodb://localhost:27017/schoolnabij',
    });
    expect(chooseDatabase({ DATABASE_URL: 'mongodb+srv://u:p@cluster0.example.net/cms' })).toMatchObject({ kind: 'mongodb' });
  });

  it('rejects anything else with a message naming DATABASE_URL and the accepted forms', () => {
    for (const url of ['postgres://localhost/cms', 'mysql://x', 'cms.db', 'mongodb:/oops']) {
      expect(() => chooseDatabase({ DATABASE_URL: url })).toThrow(/DATABASE_URL .*mongodb:\/\/.*mongodb\+srv:\/\/.*file:/);
    }
  });

  it('does not repeat credentials in the error', () => {
    expect(() => chooseDatabase({ DATABASE_URL: 'postgres://user:secret@db/cms' })).toThrow(/^(?!.*secret)/s);
  });
});
