/**
 * Import: content/ into the CMS, upserting by collection and slug. A document whose CMS form
 * already exports to the same text is left alone, so importing twice changes nothing. Media
 * files are uploaded once, found again by file name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload, PayloadRequest } from 'payload';
import { checkContent, ContentContractError, taxonomyFields, type CheckedDocument } from '../../contract/index.ts';
import { serializeDocument } from '../../contract/serialize.ts';
import { COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { displayPath, parseMdx } from '../../contract/files.ts';
import { unescapeJsxAttribute } from '../mdx-escape.ts';
import { createBodyConverter } from './body.ts';
import { cmsData, type StoredDocument } from './cms-data.ts';
import { fromFrontmatter, toFrontmatter, type MediaFile } from './documents.ts';
import { allDocuments, buildLookups, TAXONOMY_COLLECTIONS } from './lookups.ts';
import { beginImportTransaction } from './import-transaction.ts';
import { importNavigation } from './navigation.ts';

export interface ImportOptions {
  payload: Payload;
  contentDir: string;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  mediaUploaded: number;
  milliseconds: number;
}

type Doc = StoredDocument;

export async function importContent({ payload, contentDir, onProgress }: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const check = checkContent(contentDir);
  if (check.violations.length) throw new ContentContractError(check.violations);
  // The site is built from content/ already: what the import writes queues no rebuild.
  const context = { skipRebuild: true };
  const transaction = await beginImportTransaction(payload, context);
  try {
    const summary = await importChecked(payload, contentDir, check, transaction.req, onProgress);
    await transaction.commit();
    return { ...summary, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
}

async function importChecked(
  payload: Payload,
  contentDir: string,
  check: ReturnType<typeof checkContent>,
  req: PayloadRequest,
  onProgress: ImportOptions['onProgress'],
): Promise<Omit<ImportSummary, 'milliseconds'>> {
  const summary = { created: 0, updated: 0, unchanged: 0, mediaUploaded: 0 };
  const local = { overrideAccess: true, depth: 0, context: req.context, req } as const;

  // Taxonomies first: everything else points at them.
  const taxonomies = { themes: check.themes, regions: check.regions, people: check.people };
  for (const name of TAXONOMY_COLLECTIONS) {
    const existing = new Map((await allDocuments(payload, name, false, req)).map((d) => [d.slug, d]));
    for (const entry of taxonomies[name]) {
      const current = existing.get(entry.slug);
      // Every optional field the file leaves out (a person without phone) is cleared, as for documents.
      const data: Record<string, unknown> = { ...entry };
      for (const [field, declared] of Object.entries(taxonomyFields[name])) if (declared.optional && data[field] === undefined) data[field] = null;
      if (!current) {
        await payload.create({ collection: name, data: cmsData(name, data), ...local });
        summary.created++;
      } else if (Object.entries(data).some(([k, v]) => JSON.stringify(current[k] ?? null) !== JSON.stringify(v))) {
        await payload.update({ collection: name, id: current.id, data: cmsData(name, data), ...local });
        summary.updated++;
      } else summary.unchanged++;
    }
  }

  summary.mediaUploaded = await uploadMedia(payload, contentDir, check.documents, req);

  const load = async () => {
    const documents = new Map<string, Doc[]>();
    for (const c of [...TAXONOMY_COLLECTIONS, ...COLLECTIONS]) documents.set(c, await allDocuments(payload, c, false, req));
    const media = (await allDocuments(payload, 'media', false, req)) as unknown as MediaFile[];
    const bySlug = new Map([...documents].map(([c, docs]) => [c, new Map(docs.map((d) => [d.slug, d]))]));
    return { bySlug, lookups: buildLookups(documents, media) };
  };
  const body = createBodyConverter(payload);
  // A body the editor cannot hold fails the import, naming its file and line, rather than arrive empty.
  const bodyOf = (file: string, source: string, links: Parameters<typeof body.fromMdx>[1]) => {
    const { body: markdown, bodyLine } = parseMdx(source);
    try {
      return body.fromMdx(markdown, links, bodyLine);
    } catch (error) {
      throw new Error(`${displayPath(file)}: body: ${(error as Error).message}`, { cause: error });
    }
  };

  // Pass 1 creates what is missing, without references to other documents (their targets may
  // not exist yet); pass 2 brings every document to its file's exact content, which for most
  // new documents (those without references) means nothing more to write.
  let { bySlug, lookups } = await load();
  const created = new Set<string>();
  for (const doc of check.documents) {
    if (bySlug.get(doc.collection)!.has(doc.slug)) continue;
    const data = fromFrontmatter(doc.collection, doc.slug, doc.data, lookups, false, displayPath(doc.file));
    await payload.create({ collection: doc.collection, data: cmsData(doc.collection, { ...data, body: bodyOf(doc.file, readFileSync(doc.file, 'utf8'), lookups), _status: 'published' }), ...local });
    created.add(`${doc.collection}/${doc.slug}`);
  }
  summary.created += created.size;

  ({ bySlug, lookups } = await load());
  let done = 0;
  for (const doc of check.documents) {
    const key = `${doc.collection}/${doc.slug}`;
    const current = bySlug.get(doc.collection)!.get(doc.slug)!;
    const wanted = readFileSync(doc.file, 'utf8');
    const now = serializeDocument(doc.collection, toFrontmatter(doc.collection, current, lookups), body.toMdx(current.body, lookups));
    if (now !== wanted) {
      const data = fromFrontmatter(doc.collection, doc.slug, doc.data, lookups, true, displayPath(doc.file));
      await payload.update({
        collection: doc.collection,
        id: current.id,
        data: cmsData(doc.collection, { ...data, body: bodyOf(doc.file, wanted, lookups), _status: 'published' }),
        ...local,
      });
      if (!created.has(key)) summary.updated++;
    } else if (!created.has(key)) summary.unchanged++;
    onProgress?.(++done, check.documents.length, `${key}.mdx`);
  }

  // The menus last: they point at documents, which all exist now.
  const menus = await importNavigation(payload, contentDir, check.navigation, lookups, req);
  if (menus !== 'absent') summary[menus]++;
  return summary;
}

/** Uploads every media file the documents use that the CMS does not have yet. */
async function uploadMedia(payload: Payload, contentDir: string, documents: CheckedDocument[], req: PayloadRequest): Promise<number> {
  const alts = new Map<string, string>();
  for (const doc of documents) {
    if (doc.data.image) alts.set(doc.data.image.src, doc.data.image.alt);
    for (const a of doc.data.attachments ?? []) if (!alts.has(a.src)) alts.set(a.src, '');
    for (const m of doc.body.matchAll(/<Figure [^>]*src="(media\/[^"]+)"[^>]*alt="([^"]*)"/g)) if (!alts.get(m[1]!)) alts.set(m[1]!, unescapeJsxAttribute(m[2]!));
  }
  const existing = new Set(((await allDocuments(payload, 'media', false, req)) as unknown as MediaFile[]).map((m) => `media/${m.filename}`));
  let uploaded = 0;
  for (const [src, alt] of [...alts].sort()) {
    if (existing.has(src)) continue;
    await payload.create({ collection: 'media', data: { alt: alt || undefined }, filePath: path.join(contentDir, src), overrideAccess: true, context: req.context, req });
    uploaded++;
  }
  return uploaded;
}
