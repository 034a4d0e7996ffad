/**
 * The committed SQLite migrations (cms/migrations/) and the config agree: a fresh database
 * migrated by them is the schema Payload would push, and a migration created now would be empty.
 * And `npm run cms:migration` writes migrations that do this from nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getPayload } from 'payload';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrationsDir } from './database.ts';
import { pendingStatements, pushStatements } from './sqlite-migrations.ts';
import { testCmsEnv } from './test/support/payload.ts';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A Payload on a new SQLite file that only the migrations in `migrations` have shaped: no push. */
async function migratedCms(migrations: string) {
  const env = testCmsEnv(tempDir('schoolnabij-migrated-'), 'sqlite', { CMS_MIGRATIONS_DIR: migrations });
  // Payload pushes the schema on connect unless it migrates (as its migrate command sets).
  process.env.PAYLOAD_MIGRATING = 'true';
  vi.resetModules();
  const { buildCmsConfig } = await import('./config.ts');
  const payload = await getPayload({ config: await buildCmsConfig(env), key: env.CMS_DATA_DIR });
  delete process.env.PAYLOAD_MIGRATING;
  const { migrations: list } = await import(path.join(migrations, 'index.ts'));
  await payload.db.migrate({ migrations: list });
  return payload;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the committed migrations', () => {
  it('create the schema the config describes: a push after them has nothing to do', async () => {
    const payload = await migratedCms(migrationsDir({}));
    try {
      expect(await pushStatements(payload)).toEqual([]);
      const ran = await payload.find({ collection: 'payload-migrations', limit: 0 });
      expect(ran.docs.map((m) => m.name).sort()).toEqual(
        readdirSync(migrationsDir({})).filter((f) => /^\d.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort(),
      );
    } finally {
      await payload.destroy();
    }
  });

  it('end in a snapshot of the config: a migration created now would be empty (else run npm run cms:migration -- <name>)', async () => {
    const payload = await migratedCms(migrationsDir({}));
    try {
      expect(await pendingStatements(payload, migrationsDir({}))).toEqual([]);
    } finally {
      await payload.destroy();
    }
  });

  it('load under Node without a bundler (npm run import and export import them)', () => {
    const run = spawnSync(process.execPath, ['-e', "await import('./cms/migrations/index.ts').then((m) => console.log(m.migrations.length))"], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout.trim())).toBeGreaterThan(0);
  });
});

describe('npm run cms:migration', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('schoolnabij-migrations-');
  });

  it('from no migrations writes one that creates the whole schema, and then nothing more', { timeout: 120_000 }, async () => {
    const env = { ...process.env, CMS_MIGRATIONS_DIR: dir };
    const first = spawnSync('npm', ['run', '--silent', 'cms:migration', '--', 'initial'], { env, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/cms:migration: wrote .*_initial\.ts \(\d+ statements\)/);
    expect(readFileSync(path.join(dir, 'index.ts'), 'utf8')).toMatch(/from '\.\/\d+_\d+_initial\.ts';/);

    const payload = await migratedCms(dir);
    try {
      expect(await pushStatements(payload)).toEqual([]);
    } finally {
      await payload.destroy();
    }

    const again = spawnSync('npm', ['run', '--silent', 'cms:migration', '--', 'nochmal'], { env, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('the migrations already match the config; no migration written');
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });

  it('refuses a name that is no file name', () => {
    const run = spawnSync('npm', ['run', '--silent', 'cms:migration', '--', 'a b/c'], { env: { ...process.env, CMS_MIGRATIONS_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cms:migration failed: migration name "a b/c": use letters, digits, - and _ only (e.g. add-role-field)');
  });
});

