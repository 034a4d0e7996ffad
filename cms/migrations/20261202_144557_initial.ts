import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`practice_examples_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_sectors_order_idx\` ON \`practice_examples_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_sectors_parent_idx\` ON \`practice_examples_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples_organisations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_organisations_order_idx\` ON \`practice_examples_organisations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_organisations_parent_id_idx\` ON \`practice_examples_organisations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_attachments_order_idx\` ON \`practice_examples_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_attachments_parent_id_idx\` ON \`practice_examples_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_attachments_src_idx\` ON \`practice_examples_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_links_order_idx\` ON \`practice_examples_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_links_parent_id_idx\` ON \`practice_examples_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`revised_at\` text,
  	\`image_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`age_min\` numeric,
  	\`age_max\` numeric,
  	\`region_id\` integer,
  	\`funding\` text,
  	\`status\` text,
  	\`contact_id\` integer,
  	\`website\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_slug_idx\` ON \`practice_examples\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_image_idx\` ON \`practice_examples\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_region_idx\` ON \`practice_examples\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_contact_idx\` ON \`practice_examples\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_updated_at_idx\` ON \`practice_examples\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_created_at_idx\` ON \`practice_examples\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples__status_idx\` ON \`practice_examples\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_texts_order_parent\` ON \`practice_examples_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_examples_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_order_idx\` ON \`practice_examples_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_parent_idx\` ON \`practice_examples_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_path_idx\` ON \`practice_examples_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_themes_id_idx\` ON \`practice_examples_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_practice_examples_id_idx\` ON \`practice_examples_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_expert_pieces_id_idx\` ON \`practice_examples_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_conference_reports_id_idx\` ON \`practice_examples_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_events_id_idx\` ON \`practice_examples_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_examples_rels_pages_id_idx\` ON \`practice_examples_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_version_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_sectors_order_idx\` ON \`_practice_examples_v_version_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_sectors_parent_idx\` ON \`_practice_examples_v_version_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_version_organisations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_organisations_order_idx\` ON \`_practice_examples_v_version_organisations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_organisations_parent_id_idx\` ON \`_practice_examples_v_version_organisations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_attachments_order_idx\` ON \`_practice_examples_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_attachments_parent_id_idx\` ON \`_practice_examples_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_attachments_src_idx\` ON \`_practice_examples_v_version_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_links_order_idx\` ON \`_practice_examples_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_links_parent_id_idx\` ON \`_practice_examples_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_image_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_age_min\` numeric,
  	\`version_age_max\` numeric,
  	\`version_region_id\` integer,
  	\`version_funding\` text,
  	\`version_status\` text,
  	\`version_contact_id\` integer,
  	\`version_website\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contact_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_parent_idx\` ON \`_practice_examples_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_slug_idx\` ON \`_practice_examples_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_image_idx\` ON \`_practice_examples_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_region_idx\` ON \`_practice_examples_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_contact_idx\` ON \`_practice_examples_v\` (\`version_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_updated_at_idx\` ON \`_practice_examples_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version_created_at_idx\` ON \`_practice_examples_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_version_version__status_idx\` ON \`_practice_examples_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_created_at_idx\` ON \`_practice_examples_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_updated_at_idx\` ON \`_practice_examples_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_latest_idx\` ON \`_practice_examples_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_autosave_idx\` ON \`_practice_examples_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_texts_order_parent\` ON \`_practice_examples_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_examples_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_examples_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_order_idx\` ON \`_practice_examples_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_parent_idx\` ON \`_practice_examples_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_path_idx\` ON \`_practice_examples_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_themes_id_idx\` ON \`_practice_examples_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_practice_examples_id_idx\` ON \`_practice_examples_v_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_expert_pieces_id_idx\` ON \`_practice_examples_v_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_conference_reports_id_idx\` ON \`_practice_examples_v_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_events_id_idx\` ON \`_practice_examples_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_examples_v_rels_pages_id_idx\` ON \`_practice_examples_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`expert_pieces_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_pieces_attachments_order_idx\` ON \`expert_pieces_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_attachments_parent_id_idx\` ON \`expert_pieces_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_attachments_src_idx\` ON \`expert_pieces_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`expert_pieces_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_pieces_links_order_idx\` ON \`expert_pieces_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_links_parent_id_idx\` ON \`expert_pieces_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`expert_pieces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`revised_at\` text,
  	\`image_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`expert_id\` integer,
  	\`quote\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_pieces_slug_idx\` ON \`expert_pieces\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_image_idx\` ON \`expert_pieces\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_expert_idx\` ON \`expert_pieces\` (\`expert_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_updated_at_idx\` ON \`expert_pieces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_created_at_idx\` ON \`expert_pieces\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces__status_idx\` ON \`expert_pieces\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`expert_pieces_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_pieces_texts_order_parent\` ON \`expert_pieces_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`expert_pieces_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_order_idx\` ON \`expert_pieces_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_parent_idx\` ON \`expert_pieces_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_path_idx\` ON \`expert_pieces_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_themes_id_idx\` ON \`expert_pieces_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_practice_examples_id_idx\` ON \`expert_pieces_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_expert_pieces_id_idx\` ON \`expert_pieces_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_conference_reports_id_idx\` ON \`expert_pieces_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_events_id_idx\` ON \`expert_pieces_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_pieces_rels_pages_id_idx\` ON \`expert_pieces_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_expert_pieces_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_expert_pieces_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_attachments_order_idx\` ON \`_expert_pieces_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_attachments_parent_id_idx\` ON \`_expert_pieces_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_attachments_src_idx\` ON \`_expert_pieces_v_version_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`_expert_pieces_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_expert_pieces_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_links_order_idx\` ON \`_expert_pieces_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_links_parent_id_idx\` ON \`_expert_pieces_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_expert_pieces_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_image_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_expert_id\` integer,
  	\`version_quote\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_expert_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_parent_idx\` ON \`_expert_pieces_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version_slug_idx\` ON \`_expert_pieces_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version_image_idx\` ON \`_expert_pieces_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version_expert_idx\` ON \`_expert_pieces_v\` (\`version_expert_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version_updated_at_idx\` ON \`_expert_pieces_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version_created_at_idx\` ON \`_expert_pieces_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_version_version__status_idx\` ON \`_expert_pieces_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_created_at_idx\` ON \`_expert_pieces_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_updated_at_idx\` ON \`_expert_pieces_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_latest_idx\` ON \`_expert_pieces_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_autosave_idx\` ON \`_expert_pieces_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_expert_pieces_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_expert_pieces_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_texts_order_parent\` ON \`_expert_pieces_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_expert_pieces_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_expert_pieces_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_order_idx\` ON \`_expert_pieces_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_parent_idx\` ON \`_expert_pieces_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_path_idx\` ON \`_expert_pieces_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_themes_id_idx\` ON \`_expert_pieces_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_practice_examples_id_idx\` ON \`_expert_pieces_v_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_expert_pieces_id_idx\` ON \`_expert_pieces_v_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_conference_reports_id_idx\` ON \`_expert_pieces_v_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_events_id_idx\` ON \`_expert_pieces_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_pieces_v_rels_pages_id_idx\` ON \`_expert_pieces_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`conference_reports_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conference_reports_attachments_order_idx\` ON \`conference_reports_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_attachments_parent_id_idx\` ON \`conference_reports_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_attachments_src_idx\` ON \`conference_reports_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`conference_reports_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conference_reports_links_order_idx\` ON \`conference_reports_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_links_parent_id_idx\` ON \`conference_reports_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conference_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`revised_at\` text,
  	\`image_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`event_date\` text,
  	\`location\` text,
  	\`event_id\` integer,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conference_reports_slug_idx\` ON \`conference_reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_image_idx\` ON \`conference_reports\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_event_idx\` ON \`conference_reports\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_updated_at_idx\` ON \`conference_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_created_at_idx\` ON \`conference_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports__status_idx\` ON \`conference_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`conference_reports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conference_reports_texts_order_parent\` ON \`conference_reports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conference_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_order_idx\` ON \`conference_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_parent_idx\` ON \`conference_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_path_idx\` ON \`conference_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_themes_id_idx\` ON \`conference_reports_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_practice_examples_id_idx\` ON \`conference_reports_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_expert_pieces_id_idx\` ON \`conference_reports_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_conference_reports_id_idx\` ON \`conference_reports_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_events_id_idx\` ON \`conference_reports_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`conference_reports_rels_pages_id_idx\` ON \`conference_reports_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_conference_reports_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conference_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_attachments_order_idx\` ON \`_conference_reports_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_attachments_parent_id_idx\` ON \`_conference_reports_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_attachments_src_idx\` ON \`_conference_reports_v_version_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`_conference_reports_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conference_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_links_order_idx\` ON \`_conference_reports_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_links_parent_id_idx\` ON \`_conference_reports_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conference_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_image_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_event_date\` text,
  	\`version_location\` text,
  	\`version_event_id\` integer,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_parent_idx\` ON \`_conference_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version_slug_idx\` ON \`_conference_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version_image_idx\` ON \`_conference_reports_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version_event_idx\` ON \`_conference_reports_v\` (\`version_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version_updated_at_idx\` ON \`_conference_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version_created_at_idx\` ON \`_conference_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_version_version__status_idx\` ON \`_conference_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_created_at_idx\` ON \`_conference_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_updated_at_idx\` ON \`_conference_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_latest_idx\` ON \`_conference_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_autosave_idx\` ON \`_conference_reports_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_conference_reports_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_conference_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_texts_order_parent\` ON \`_conference_reports_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conference_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_conference_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_order_idx\` ON \`_conference_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_parent_idx\` ON \`_conference_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_path_idx\` ON \`_conference_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_themes_id_idx\` ON \`_conference_reports_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_practice_examples_id_idx\` ON \`_conference_reports_v_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_expert_pieces_id_idx\` ON \`_conference_reports_v_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_conference_reports_id_idx\` ON \`_conference_reports_v_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_events_id_idx\` ON \`_conference_reports_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_conference_reports_v_rels_pages_id_idx\` ON \`_conference_reports_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`events_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_attachments_order_idx\` ON \`events_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_attachments_parent_id_idx\` ON \`events_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_attachments_src_idx\` ON \`events_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`events_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_links_order_idx\` ON \`events_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_links_parent_id_idx\` ON \`events_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`revised_at\` text,
  	\`image_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`location\` text,
  	\`registration_url\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_themes_id_idx\` ON \`events_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_practice_examples_id_idx\` ON \`events_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_expert_pieces_id_idx\` ON \`events_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_conference_reports_id_idx\` ON \`events_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_events_id_idx\` ON \`events_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_pages_id_idx\` ON \`events_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_attachments_order_idx\` ON \`_events_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_attachments_parent_id_idx\` ON \`_events_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_attachments_src_idx\` ON \`_events_v_version_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_links_order_idx\` ON \`_events_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_links_parent_id_idx\` ON \`_events_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_image_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_location\` text,
  	\`version_registration_url\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_themes_id_idx\` ON \`_events_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_practice_examples_id_idx\` ON \`_events_v_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_expert_pieces_id_idx\` ON \`_events_v_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_conference_reports_id_idx\` ON \`_events_v_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_events_id_idx\` ON \`_events_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_pages_id_idx\` ON \`_events_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_faq_order_idx\` ON \`pages_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_faq_parent_id_idx\` ON \`pages_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_attachments_order_idx\` ON \`pages_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_attachments_parent_id_idx\` ON \`pages_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_attachments_src_idx\` ON \`pages_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_links_order_idx\` ON \`pages_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_links_parent_id_idx\` ON \`pages_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`revised_at\` text,
  	\`image_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_image_idx\` ON \`pages\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_texts_order_parent\` ON \`pages_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_themes_id_idx\` ON \`pages_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_practice_examples_id_idx\` ON \`pages_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_expert_pieces_id_idx\` ON \`pages_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_conference_reports_id_idx\` ON \`pages_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_events_id_idx\` ON \`pages_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_pages_id_idx\` ON \`pages_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_faq_order_idx\` ON \`_pages_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_faq_parent_id_idx\` ON \`_pages_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`src_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`src_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_attachments_order_idx\` ON \`_pages_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_attachments_parent_id_idx\` ON \`_pages_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_attachments_src_idx\` ON \`_pages_v_version_attachments\` (\`src_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_links_order_idx\` ON \`_pages_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_links_parent_id_idx\` ON \`_pages_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_image_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_image_idx\` ON \`_pages_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_texts_order_parent\` ON \`_pages_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_themes_id_idx\` ON \`_pages_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_practice_examples_id_idx\` ON \`_pages_v_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_expert_pieces_id_idx\` ON \`_pages_v_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_conference_reports_id_idx\` ON \`_pages_v_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_events_id_idx\` ON \`_pages_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_pages_id_idx\` ON \`_pages_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`introduction\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_texts_order_parent\` ON \`regions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`state\` text NOT NULL,
  	\`reason\` text,
  	\`message\` text,
  	\`blame\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_started_at_idx\` ON \`site_builds\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`useful\` text NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_path_idx\` ON \`feedback\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`runner\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	\`themes_id\` integer,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`feedback_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_examples_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expert_pieces_id_idx\` ON \`payload_locked_documents_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conference_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`navigation_header\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`route\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_header_order_idx\` ON \`navigation_header\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_parent_id_idx\` ON \`navigation_header\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`route\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`navigation_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practice_examples_id\` integer,
  	\`expert_pieces_id\` integer,
  	\`conference_reports_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_examples_id\`) REFERENCES \`practice_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_pieces_id\`) REFERENCES \`expert_pieces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conference_reports_id\`) REFERENCES \`conference_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_rels_order_idx\` ON \`navigation_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_parent_idx\` ON \`navigation_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_path_idx\` ON \`navigation_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_practice_examples_id_idx\` ON \`navigation_rels\` (\`practice_examples_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_expert_pieces_id_idx\` ON \`navigation_rels\` (\`expert_pieces_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_conference_reports_id_idx\` ON \`navigation_rels\` (\`conference_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_events_id_idx\` ON \`navigation_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_pages_id_idx\` ON \`navigation_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`seconds\` numeric,
  	\`reason\` text,
  	\`error\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`practice_examples_sectors\`;`)
  await db.run(sql`DROP TABLE \`practice_examples_organisations\`;`)
  await db.run(sql`DROP TABLE \`practice_examples_attachments\`;`)
  await db.run(sql`DROP TABLE \`practice_examples_links\`;`)
  await db.run(sql`DROP TABLE \`practice_examples\`;`)
  await db.run(sql`DROP TABLE \`practice_examples_texts\`;`)
  await db.run(sql`DROP TABLE \`practice_examples_rels\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_version_sectors\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_version_organisations\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_practice_examples_v_rels\`;`)
  await db.run(sql`DROP TABLE \`expert_pieces_attachments\`;`)
  await db.run(sql`DROP TABLE \`expert_pieces_links\`;`)
  await db.run(sql`DROP TABLE \`expert_pieces\`;`)
  await db.run(sql`DROP TABLE \`expert_pieces_texts\`;`)
  await db.run(sql`DROP TABLE \`expert_pieces_rels\`;`)
  await db.run(sql`DROP TABLE \`_expert_pieces_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_expert_pieces_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_expert_pieces_v\`;`)
  await db.run(sql`DROP TABLE \`_expert_pieces_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_expert_pieces_v_rels\`;`)
  await db.run(sql`DROP TABLE \`conference_reports_attachments\`;`)
  await db.run(sql`DROP TABLE \`conference_reports_links\`;`)
  await db.run(sql`DROP TABLE \`conference_reports\`;`)
  await db.run(sql`DROP TABLE \`conference_reports_texts\`;`)
  await db.run(sql`DROP TABLE \`conference_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_conference_reports_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_conference_reports_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_conference_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_conference_reports_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_conference_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_attachments\`;`)
  await db.run(sql`DROP TABLE \`events_links\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_faq\`;`)
  await db.run(sql`DROP TABLE \`pages_attachments\`;`)
  await db.run(sql`DROP TABLE \`pages_links\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_texts\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions_texts\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`navigation_header\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`navigation_rels\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
