/**
 * The statement cache patched into @libsql/client (patches/@libsql+client+0.14.0.patch), on a
 * real SQLite file: a statement run again is not compiled again, and a schema change is seen
 * by the statements run after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The native binding the client compiles statements with.
const Database = createRequire(import.meta.resolve('@libsql/client'))('libsql') as { prototype: { prepare(sql: string): unknown } };

describe('SQLite statements, as the CMS runs them', () => {
  let dir = '';
  let client: Client;
  const compiled: string[] = [];
  const prepare = Database.prototype.prepare;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-statements-'));
    client = createClient({ url: `file:${path.join(dir, 'test.db')}` });
    Database.prototype.prepare = function (this: unknown, sql: string) {
      compiled.push(sql);
      return prepare.call(this, sql);
    };
  });

  afterAll(() => {
    Database.prototype.prepare = prepare;
    client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compiles a statement once, however often it runs, with its own arguments each time', async () => {
    await client.execute('create table themes (slug text primary key, name text)');
    const insert = 'insert into themes (slug, name) values (?, ?)';
    for (const [slug, name] of [['thuiszitters', 'Thuiszitters'], ['jonge-kind', 'Jonge kind'], ['vo', 'Voortgezet onderwijs']]) {
      await client.execute({ sql: insert, args: [slug, name] });
    }
    const select = 'select slug, name from themes where slug = ?';
    expect((await client.execute({ sql: select, args: ['jonge-kind'] })).rows[0]?.name).toBe('Jonge kind');
    expect((await client.execute({ sql: select, args: ['vo'] })).rows[0]?.name).toBe('Voortgezet onderwijs');
    expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
    expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  });

  it('returns the columns of the schema as it is now, after a migration added one', async () => {
    const all = 'select * from themes order by slug';
    expect((await client.execute(all)).columns).toEqual(['slug', 'name']);
    await client.execute("alter table themes add column description text default 'Nog leeg'");
    const { columns, rows } = await client.execute(all);
    expect(columns).toEqual(['slug', 'name', 'description']);
    expect(rows[0]?.description).toBe('Nog leeg');
  });

  it('keeps what a transaction wrote, and only that, on its own connection', async () => {
    const transaction = await client.transaction('write');
    await transaction.execute({ sql: 'insert into themes (slug, name) values (?, ?)', args: ['mbo', 'Mbo'] });
    await transaction.rollback();
    const count = 'select count(*) as n from themes';
    expect(Number((await client.execute(count)).rows[0]?.n)).toBe(3);
  });
});
