/**
 * Writes one document's latest saved state (an autosaved draft, or what was just published) into
 * the preview tree in the contract's form, with the exporter's own mapping and body converter,
 * and records whether it can be shown. The preview server renders it from there.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Payload, PayloadRequest } from 'payload';
import { serializeDocument, serializeTaxonomy } from '../../contract/serialize.ts';
import { readPreviewState, writePreviewState, writeWhole, type PreviewState } from '../../contract/preview-state.ts';
import { COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { createBodyConverter } from '../sync/body.ts';
import type { StoredDocument } from '../sync/cms-data.ts';
import { toFrontmatter, toTaxonomyEntry, type MediaFile } from '../sync/documents.ts';
import { mediaUsed } from '../sync/export.ts';
import { allDocuments, buildLookups, mediaDir, TAXONOMY_COLLECTIONS } from '../sync/lookups.ts';
import { draftProblems } from './draft-problems.ts';
import { previewSettingsOf } from './preview-settings.ts';
import { preparePreviewTree } from './preview-tree.ts';

/** The slugs (and old paths) of the published documents, which links and related items may point at. */
async function publishedSlugs(payload: Payload, collection: Collection, req: PayloadRequest | undefined): Promise<StoredDocument[]> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    where: { _status: { equals: 'published' } },
    select: { slug: true, redirectFrom: true },
    req,
  });
  return docs as unknown as StoredDocument[];
}

/** Writes a file only when its text changed, so that the preview server reloads only for real changes. */
function writeIfChanged(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeWhole(file, text);
}

/** The write in progress per document: writes of one document run one after another. */
const writing = new Map<string, Promise<unknown>>();

/**
 * Writes `doc` into the preview tree unless the tree already shows a newer version of it. The
 * autosave hook and the Live Preview link can both write one document at once, each with the
 * version it read; without the order the older could land last and stay on screen.
 */
export function writePreview(payload: Payload, collection: Collection, doc: StoredDocument, req?: PayloadRequest): Promise<PreviewState> {
  const key = `${collection}/${String(doc.id)}`;
  const write = (writing.get(key) ?? Promise.resolve()).catch(() => {}).then(() => writeNewer(payload, collection, doc, req));
  writing.set(key, write);
  void write.finally(() => writing.get(key) === write && writing.delete(key)).catch(() => {});
  return write;
}

async function writeNewer(payload: Payload, collection: Collection, doc: StoredDocument, req: PayloadRequest | undefined): Promise<PreviewState> {
  const { dir, liveContentDir } = previewSettingsOf(payload);
  const updatedAt = String(doc.updatedAt ?? '');
  const shown = readPreviewState(dir, collection, doc.id);
  if (shown && shown.updatedAt > updatedAt) return shown;
  const tree = preparePreviewTree(dir, liveContentDir);
  const documents = new Map<string, StoredDocument[]>();
  for (const name of TAXONOMY_COLLECTIONS) documents.set(name, await allDocuments(payload, name, false));
  for (const name of COLLECTIONS) {
    const published = await publishedSlugs(payload, name, req);
    documents.set(name, name === collection ? [...published.filter((d) => d.id !== doc.id), doc] : published);
  }
  const media = (await allDocuments(payload, 'media', false)) as unknown as MediaFile[];
  const lookups = buildLookups(documents, media);

  const frontmatter = toFrontmatter(collection, doc, lookups);
  const body = createBodyConverter(payload).toMdx(doc.body, lookups, () => {});
  const problems = draftProblems(collection, doc.slug, frontmatter, body);
  const state: PreviewState = {
    collection,
    id: String(doc.id),
    title: typeof doc.title === 'string' ? doc.title : '',
    problems,
    updatedAt,
  };
  if (problems.length === 0) {
    for (const name of TAXONOMY_COLLECTIONS) {
      const entries = documents.get(name)!.map((entry) => toTaxonomyEntry(name, entry, lookups));
      writeIfChanged(path.join(tree, `${name}.yaml`), serializeTaxonomy(name, entries));
    }
    const text = serializeDocument(collection, frontmatter, body);
    mkdirSync(path.join(tree, 'media'), { recursive: true });
    for (const src of mediaUsed(frontmatter, text)) {
      const copy = path.join(tree, src);
      if (!existsSync(copy)) copyFileSync(path.join(mediaDir(payload), src.slice('media/'.length)), copy);
    }
    if (shown?.slug && shown.slug !== doc.slug) rmSync(path.join(tree, collection, `${shown.slug}.mdx`), { force: true });
    writeIfChanged(path.join(tree, collection, `${doc.slug}.mdx`), text);
    state.slug = doc.slug;
  }
  writePreviewState(dir, state);
  return state;
}
