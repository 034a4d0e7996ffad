import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`practice_examples_texts_parent_idx\` ON \`practice_examples_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_texts_parent_idx\` ON \`_practice_examples_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_texts_parent_idx\` ON \`expert_pieces_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_texts_parent_idx\` ON \`_expert_pieces_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_texts_parent_idx\` ON \`conference_reports_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_texts_parent_idx\` ON \`_conference_reports_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_texts_parent_idx\` ON \`events_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_texts_parent_idx\` ON \`_events_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_texts_parent_idx\` ON \`pages_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_texts_parent_idx\` ON \`_pages_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_texts_parent_idx\` ON \`regions_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`practice_examples_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_practice_examples_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`expert_pieces_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_expert_pieces_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`conference_reports_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_conference_reports_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`events_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`regions_texts_parent_idx\`;`)
}
