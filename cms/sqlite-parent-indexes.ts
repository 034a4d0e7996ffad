/**
 * An index on parent_id for each table that holds the values of a hasMany text or number field
 * (`<collection>_texts`, `_numbers`, and their versions' `_v_texts`, …). Payload indexes those
 * tables on (order, parent_id) only, which SQLite cannot use to find a document's rows: reading
 * the published practice examples with their municipalities and redirectFrom (the export, the
 * preview written on every save, the import's checks) scanned the whole table once per document.
 * At 10,000 documents that made one save 4.7-7.5 s and one read of all of them 4.8 s
 * (0.4 s without those fields). cms/sqlite-parent-indexes.test.ts holds the query plan to it.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite';
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core';

const VALUE_TABLE = /_(texts|numbers)$/;

export const parentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!VALUE_TABLE.test(name) || !('parent' in table)) continue;
    extendTable({ table, extraConfig: (t) => ({ parentIdx: index(`${name}_parent_idx`).on(t.parent) }) });
  }
  return schema;
};
