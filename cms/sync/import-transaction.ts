/**
 * One transaction around a whole import, shared by every Payload call through one `req`.
 * Payload's SQLite adapter runs each statement on its own (its beginTransaction does nothing
 * unless transactionOptions are configured for the whole CMS), so an import of 1,000 documents
 * committed about 12,000 times, each commit waiting for the disk. In one transaction it commits
 * once, and a failed import leaves the database as it was. The transaction has a connection of
 * its own (libsql hands the client a new one meanwhile), with a page cache large enough that
 * SQLite does not spill the import's pages to disk before the commit; that connection is
 * dropped after it. Other databases keep Payload's own per-operation transactions.
 */
import { beginTransaction } from '@payloadcms/drizzle';
import type { SQLiteAdapter } from '@payloadcms/db-sqlite';
import { createLocalReq, type Payload, type PayloadRequest, type RequestContext } from 'payload';

/** KiB of page cache for the import's connection (SQLite's default is 2 MB). */
const IMPORT_CACHE_KIB = 256 * 1024;

export interface ImportTransaction {
  /** The request every call of the import passes on: Payload then joins its transaction. */
  req: PayloadRequest;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export async function beginImportTransaction(payload: Payload, context: RequestContext): Promise<ImportTransaction> {
  const req = await createLocalReq({ context }, payload);
  if (payload.db.name !== 'sqlite') return { req, commit: async () => {}, rollback: async () => {} };
  const db = payload.db as unknown as SQLiteAdapter;
  const id = await beginTransaction.call(db, undefined);
  if (id === null) throw new Error('the SQLite adapter began no transaction for the import');
  req.transactionID = id;
  const connection = db.sessions[String(id)]!.db as unknown as Parameters<SQLiteAdapter['execute']>[0]['drizzle'];
  await db.execute({ drizzle: connection, raw: `PRAGMA cache_size = -${IMPORT_CACHE_KIB}` });
  return {
    req,
    // A Payload operation that fails rolls the shared transaction back itself and forgets its id.
    commit: async () => {
      if (req.transactionID) await payload.db.commitTransaction(req.transactionID);
    },
    rollback: async () => {
      if (req.transactionID) await payload.db.rollbackTransaction(req.transactionID);
    },
  };
}
