/**
 * SQLite finds a document's hasMany text values by index (cms/sqlite-parent-indexes.ts), in the
 * schema Payload pushes and in the one the committed migrations build
 * (cms/sqlite-migrations.test.ts holds the two equal).
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from './test/support/payload.ts';

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms('sqlite');
}, 120_000);
afterAll(() => cms?.close());

describe('the tables of hasMany text fields', () => {
  it("are searched by parent_id through an index, not scanned once per document", async () => {
    const { client } = cms.payload.db as unknown as SQLiteAdapter;
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_texts' ESCAPE '\\'")).rows.map((r) => String(r.name));
    expect(tables).toContain('practice_examples_texts');
    expect(tables).toContain('_practice_examples_v_texts');
    for (const table of tables) {
      const plan = (await client.execute(`EXPLAIN QUERY PLAN SELECT text FROM \`${table}\` WHERE parent_id = 1`)).rows.map((r) => String(r.detail));
      expect(plan.join(' | '), table).toMatch(new RegExp(`SEARCH ${table} USING INDEX ${table}_parent_idx \\(parent_id=\\?\\)`));
    }
  });
});
