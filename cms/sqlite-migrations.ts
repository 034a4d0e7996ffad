/**
 * SQLite migrations (cms/migrations/): what the config's schema adds to the last committed
 * snapshot, a new migration for it (`npm run cms:migration -- <name>`), and the statements a push
 * would still run on a database (the test that the migrations and the config agree).
 *
 * Payload writes migrations for bundlers (`import … from './x'`, types imported as values); the
 * CMS also loads them under Node's type stripping (npm run import, export), so every file written
 * is rewritten with `.ts` extensions and `type` imports.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BasePayload, type Payload } from 'payload';
import { buildCmsConfig } from './config.ts';
import { migrationsDir } from './database.ts';
import type { Env } from './paths.ts';

type Snapshot = Parameters<ReturnType<Payload['db']['requireDrizzleKit']>['generateMigration']>[0];

/** The SQL that a migration created now would run: empty when cms/migrations/ matches the config. */
export async function pendingStatements(payload: Payload, dir: string = migrationsDir()): Promise<string[]> {
  const kit = payload.db.requireDrizzleKit();
  const latest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1);
  const before: Snapshot = latest ? JSON.parse(readFileSync(path.join(dir, latest), 'utf8')) : payload.db.defaultDrizzleSnapshot;
  return kit.generateMigration(before, await kit.generateDrizzleJson(payload.db.schema));
}

/** The statements a push of the config's schema would run on the connected database: none when it is up to date. */
export async function pushStatements(payload: Payload): Promise<string[]> {
  const { pushSchema } = payload.db.requireDrizzleKit();
  // Payload types the parameter as a libSQL database of no schema (or Postgres); drizzle-kit's
  // pushSQLiteSchema takes this adapter's own, schema-typed one, as pushDevSchema passes it.
  const result = await pushSchema(payload.db.schema, payload.db.drizzle as unknown as Parameters<typeof pushSchema>[1]);
  return 'statementsToExecute' in result && Array.isArray(result.statementsToExecute) ? result.statementsToExecute : [];
}

export interface CreatedMigration {
  /** The migration's file, or undefined when the schema has not changed. */
  file?: string;
  statements: number;
}

/**
 * Writes a migration for the schema changes since the last one. `fresh` first removes every
 * migration, so the one written creates the whole schema (before the first production start only:
 * a database that ran the old migrations would not run the new one).
 */
export async function createSqliteMigration(name: string, options: { fresh?: boolean; env?: Env } = {}): Promise<CreatedMigration> {
  const env = { ...(options.env ?? process.env), DATABASE_URL: '', CMS_JOBS_AUTORUN: '0', CMS_LOG_LEVEL: 'warn' };
  const dir = migrationsDir(env);
  if (!/^[a-z][a-z0-9_-]*$/i.test(name)) throw new Error(`migration name "${name}": use letters, digits, - and _ only (e.g. add-role-field)`);
  if (options.fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'index.ts'))) writeFileSync(path.join(dir, 'index.ts'), EMPTY_INDEX);
  // Payload's own migration command does the same: no database connection, no onInit.
  const payload = await new BasePayload().init({ config: await buildCmsConfig(env), disableDBConnect: true, disableOnInit: true });
  try {
    const statements = await pendingStatements(payload, dir);
    if (statements.length === 0) return { statements: 0 };
    const known = new Set(readdirSync(dir));
    await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true });
    const file = readdirSync(dir).find((f) => f.endsWith('.ts') && !known.has(f));
    normalizeMigrationFiles(dir);
    return { file: file && path.join(dir, file), statements: statements.length };
  } finally {
    await payload.destroy();
  }
}

/** Rewrites Payload's generated files so that Node's type stripping loads them too. */
export function normalizeMigrationFiles(dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8')
      .replace(/^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '(@payloadcms\/db-sqlite)'$/m, "import { type MigrateDownArgs, type MigrateUpArgs, sql } from '$1';")
      .replace(/^(import \* as \w+ from '\.\/[\w-]+)';$/gm, "$1.ts';");
    writeFileSync(full, text);
  }
}

const EMPTY_INDEX = `import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';

export const migrations: { name: string; up: (args: MigrateUpArgs) => Promise<void>; down: (args: MigrateDownArgs) => Promise<void> }[] = [];
`;
