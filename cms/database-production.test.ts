/**
 * The production server on SQLite migrates on start (prodMigrations), and refuses a database that
 * the development server has shaped by pushing its schema, instead of Payload's question on a
 * terminal a server does not have.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrations } from './migrations/index.ts';
import { startTestCms, type TestCms } from './test/support/payload.ts';

let cms: TestCms;
beforeAll(async () => {
  // A test CMS is a development one: Payload pushes the schema and notes a "dev" migration.
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.close();
});

async function inProduction<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  // (Next's types mark NODE_ENV read-only; Payload reads it at run time.)
  Object.assign(process.env, { NODE_ENV: 'production' });
  try {
    return await run();
  } finally {
    Object.assign(process.env, { NODE_ENV: before });
  }
}

it('runs the committed migrations as prodMigrations', () => {
  expect(cms.payload.db.prodMigrations?.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
  expect(migrations.length).toBeGreaterThan(0);
});

it('refuses in production to migrate a database the development server pushed, naming the file and the way out', async () => {
  const file = `${cms.env.CMS_DATA_DIR}/cms.db`;
  await expect(inProduction(() => cms.payload.db.migrate())).rejects.toThrow(
    `${file}: this SQLite database was shaped by the development server (npm start, npm run cms), not by the migrations of cms/migrations/, ` +
      'so the production server cannot migrate it. Start production on a new file (DATABASE_URL=file:<path>, or CMS_DATA_DIR), and move content there with npm run export and npm run import.',
  );
  const ran = await cms.payload.find({ collection: 'payload-migrations', limit: 0 });
  expect(ran.docs.map((m) => m.name)).toEqual(['dev']);
});
