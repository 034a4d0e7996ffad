/**
 * npm run cms:migration -- <name> — a SQLite migration in cms/migrations/ for the changes of the
 * CMS config since the last one (nothing when there are none). `-- --fresh initial` replaces all
 * migrations with one that creates the whole schema (only before the first production start).
 */
import path from 'node:path';
import { createSqliteMigration } from '../cms/sqlite-migrations.ts';
import { runCommand } from './lib/run-command.ts';

await runCommand('cms:migration', async () => {
  const args = process.argv.slice(2);
  const fresh = args.includes('--fresh');
  const [name, ...rest] = args.filter((arg) => arg !== '--fresh');
  if (!name || rest.length > 0) {
    console.error('usage: npm run cms:migration -- <name>   (or -- --fresh initial)');
    return 1;
  }
  const created = await createSqliteMigration(name, { fresh });
  if (!created.file) console.log('cms:migration: the migrations already match the config; no migration written');
  else console.log(`cms:migration: wrote ${path.relative(process.cwd(), created.file)} (${created.statements} statements); commit it with the config change`);
});
