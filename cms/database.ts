/**
 * The database adapter, chosen by DATABASE_URL: unset → SQLite at <data dir>/cms.db;
 * file:<path> → SQLite at that path; mongodb:// or mongodb+srv:// → MongoDB. Anything else is a
 * configuration error, reported at start.
 *
 * SQLite's schema: in development and tests Payload pushes the config's schema into the file; in
 * production (NODE_ENV=production, `npm run cms:serve`) it never does, and runs the committed
 * migrations of cms/migrations/ on start instead (`prodMigrations`). MongoDB needs neither.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sqliteAdapter, type SQLiteAdapter } from '@payloadcms/db-sqlite';
import { parentIndexes } from './sqlite-parent-indexes.ts';
import type { DatabaseAdapterObj } from 'payload';
import { migrations } from './migrations/index.ts';
import { cmsDir, dataDir, type Env } from './paths.ts';

export type DatabaseChoice =
  | { kind: 'sqlite'; file: string; url: string }
  | { kind: 'mongodb'; url: string };

export const ACCEPTED_DATABASE_URLS =
  'mongodb://…, mongodb+srv://… (MongoDB) or file:<path> (SQLite); leave it unset for SQLite at .data/cms.db';

/** Decides which database to use; throws with a message naming DATABASE_URL when it cannot. */
export function chooseDatabase(env: Env = process.env): DatabaseChoice {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    const file = path.join(dataDir(env), 'cms.db');
    return { kind: 'sqlite', file, url: pathToFileURL(file).href };
  }
  if (/^mongodb(\+srv)?:\/\/./.test(url)) return { kind: 'mongodb', url };
  if (url.startsWith('file:')) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : path.resolve(url.slice('file:'.length));
    if (!file || file.endsWith(path.sep)) throw new Error(`DATABASE_URL "${url}" names no SQLite file. Accepted: ${ACCEPTED_DATABASE_URLS}.`);
    return { kind: 'sqlite', file, url: pathToFileURL(file).href };
  }
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not supported. Accepted: ${ACCEPTED_DATABASE_URLS}.`,
  );
}

/**
 * The Payload adapter for the choice; the SQLite folder is created when missing. MongoDB's is
 * loaded only when chosen: mongoose alone took 0.3 s of each production start on SQLite.
 */
export async function databaseAdapter(choice: DatabaseChoice = chooseDatabase(), env: Env = process.env): Promise<DatabaseAdapterObj> {
  if (choice.kind === 'mongodb') return (await import('@payloadcms/db-mongodb')).mongooseAdapter({ url: choice.url });
  mkdirSync(path.dirname(choice.file), { recursive: true });
  const sqlite = sqliteAdapter({ client: { url: choice.url }, migrationDir: migrationsDir(env), prodMigrations: migrations, afterSchemaInit: [parentIndexes] });
  return { ...sqlite, init: (args) => refusingPushedDatabases(sqlite.init(args), choice.file) };
}

/**
 * The development server pushes the config's schema into SQLite and notes that as a "dev"
 * migration. Migrations cannot follow on such a file, and Payload would ask on the terminal
 * whether to go on with data loss (a server has none, and stops without a word). In production
 * the CMS refuses that database at start instead, saying which file and what to do.
 */
function refusingPushedDatabases(adapter: SQLiteAdapter, file: string) {
  const migrate = adapter.migrate.bind(adapter);
  adapter.migrate = async (args) => {
    if (process.env.NODE_ENV === 'production' && (await pushedByDevServer(adapter))) {
      throw new Error(
        `${file}: this SQLite database was shaped by the development server (npm start, npm run cms), not by the migrations of cms/migrations/, ` +
          'so the production server cannot migrate it. Start production on a new file (DATABASE_URL=file:<path>, or CMS_DATA_DIR), and move content there with npm run export and npm run import.',
      );
    }
    return migrate(args);
  };
  return adapter;
}

async function pushedByDevServer(adapter: SQLiteAdapter): Promise<boolean> {
  const count = async (sql: string) => Number((await adapter.client.execute(sql)).rows[0]?.found);
  if (!(await count("SELECT count(*) AS found FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'"))) return false;
  return (await count('SELECT count(*) AS found FROM payload_migrations WHERE batch = -1')) > 0;
}

/** Where `npm run cms:migration` writes SQLite migrations: cms/migrations/ (CMS_MIGRATIONS_DIR moves it, for the test of that command). */
export function migrationsDir(env: Env = process.env): string {
  return env.CMS_MIGRATIONS_DIR ? path.resolve(env.CMS_MIGRATIONS_DIR) : path.join(cmsDir, 'migrations');
}
