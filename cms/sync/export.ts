/**
 * Export: every published document and the taxonomies, from the CMS to content/ in the
 * contract's canonical form, with the media they use. The tree is written beside content/,
 * checked against the contract, and swapped in only when complete. Given an earlier export to
 * reuse from, a document whose file there is proven to be its text (reuse.ts) is linked, not
 * read and converted again; the tree is the same, byte for byte.
 */
import { mkdirSync, copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { checkContent, ContentContractError, NAVIGATION_FILE } from '../../contract/index.ts';
import { serializeDocument, serializeTaxonomy } from '../../contract/serialize.ts';
import { COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { createBodyConverter, type DroppedLink } from './body.ts';
import type { StoredDocument } from './cms-data.ts';
import { toFrontmatter, toTaxonomyEntry } from './documents.ts';
import { RECORD_FORMAT, writeRecord, type RecordedDocument } from './export-record.ts';
import { buildLookups, mediaDir, TAXONOMY_COLLECTIONS } from './lookups.ts';
import { exportNavigation, nameOf } from './navigation.ts';
import { readPublished } from './read-published.ts';
import { fileOf, keyOf, placeFile } from './reuse.ts';
import { freshDir, recover, stagingDir, swapIn } from './tree.ts';

export interface ExportOptions {
  payload: Payload;
  contentDir: string;
  /**
   * A tree an earlier export wrote, with its record beside it (usually the live content/, which
   * may be contentDir itself): its files that still hold a document's text are reused.
   */
  reuseFrom?: string;
  /** Called after each document: done of total. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ExportSummary {
  documents: Record<string, number>;
  /** Articles whose file was taken from reuseFrom, and articles read and converted. */
  reused: number;
  converted: number;
  media: number;
  /** What the export left out so that the site still builds: menu items and body links to documents that are not published. */
  warnings: string[];
  milliseconds: number;
}

export async function exportContent({ payload, contentDir, reuseFrom, onProgress }: ExportOptions): Promise<ExportSummary> {
  const started = performance.now();
  recover(contentDir);
  const { documents, media, fingerprint, toConvert, reusable } = await readPublished(payload, reuseFrom);
  const lookups = buildLookups(documents, media);
  const body = createBodyConverter(payload);

  const staging = stagingDir(contentDir);
  freshDir(staging);
  const used = new Set<string>();
  const dropped: (DroppedLink & { file: string })[] = [];
  const warnings: string[] = [];
  const recorded: RecordedDocument[] = [];
  const reusedFiles = new Set<string>();
  let removal: Promise<void>;
  try {
    for (const name of TAXONOMY_COLLECTIONS) {
      // The contract's fields only; an optional field left empty (a person without phone) is left out.
      const entries = (documents.get(name)! as StoredDocument[]).map((entry) => toTaxonomyEntry(name, entry, lookups));
      writeFileSync(path.join(staging, `${name}.yaml`), serializeTaxonomy(name, entries));
    }
    const total = COLLECTIONS.reduce((n, c) => n + documents.get(c)!.length, 0);
    let done = 0;
    for (const collection of COLLECTIONS) {
      mkdirSync(path.join(staging, collection), { recursive: true });
      for (const { id, slug } of documents.get(collection)!) {
        const file = fileOf(collection, slug);
        const reuse = reusable.get(keyOf(collection, id));
        if (reuse) reusedFiles.add(file);
        const entry = reuse
          ? placeFile(path.join(reuseFrom!, file), path.join(staging, file), reuse)
          : convert(collection as Collection, toConvert.get(keyOf(collection, id))!, file);
        for (const src of entry.media) used.add(src);
        for (const link of entry.dropped) dropped.push({ ...link, file });
        recorded.push(entry);
        onProgress?.(++done, total, file);
      }
    }
    for (const link of dropped) {
      const target = link.slug ? `${link.collection}/${link.slug}` : await nameOf(payload, link.collection, link.id);
      warnings.push(`content/${link.file}: body: the link "${link.text}" points at ${target}, which is not published; written as text`);
    }
    const navigation = await exportNavigation(payload, lookups);
    if (navigation.text !== undefined) writeFileSync(path.join(staging, NAVIGATION_FILE), navigation.text);
    warnings.push(...navigation.warnings);

    mkdirSync(path.join(staging, 'media'), { recursive: true });
    const source = mediaDir(payload);
    for (const src of [...used].sort()) copyFileSync(path.join(source, src.slice('media/'.length)), path.join(staging, src));

    // A reused file passed the body rule at the export that wrote it, under the same code (the fingerprint).
    const { violations } = checkContent(staging, { bodyChecked: reusedFiles });
    if (violations.length) throw new ContentContractError(violations);
    removal = swapIn(staging, contentDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  writeRecord(contentDir, { format: RECORD_FORMAT, fingerprint, documents: recorded });
  await removal;
  return {
    documents: Object.fromEntries([...documents].map(([c, docs]) => [c, docs.length])),
    reused: reusedFiles.size,
    converted: toConvert.size,
    media: used.size,
    warnings,
    milliseconds: Math.round(performance.now() - started),
  };

  /** Converts one document and writes its file, a new one; returns what the record keeps of it. */
  function convert(collection: Collection, doc: StoredDocument, file: string): RecordedDocument {
    const frontmatter = toFrontmatter(collection, doc, lookups);
    const links: DroppedLink[] = [];
    let text: string;
    try {
      text = serializeDocument(collection, frontmatter, body.toMdx(doc.body, lookups, (link) => links.push(link)));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    const at = path.join(staging, file);
    writeFileSync(at, text, { flag: 'wx' });
    const { size, mtimeMs, ino } = statSync(at);
    return { collection, id: doc.id, updatedAt: String(doc.updatedAt), file, size, mtimeMs, ino, media: mediaUsed(frontmatter, text), dropped: links };
  }
}

/** The media paths a document's frontmatter and body point at. */
export function mediaUsed(frontmatter: Record<string, unknown>, text: string): string[] {
  const found = [...text.matchAll(/<Figure [^>]*src="(media\/[^"]+)"/g)].map((m) => m[1]!);
  const image = srcOf(frontmatter.image);
  if (image) found.push(image);
  const attachments = Array.isArray(frontmatter.attachments) ? frontmatter.attachments : [];
  for (const src of attachments.map(srcOf)) if (src !== undefined) found.push(src);
  return found;
}

/** The `src` of a media reference in the frontmatter (`{ src: 'media/…', … }`), not yet checked by the contract. */
function srcOf(file: unknown): string | undefined {
  return file && typeof file === 'object' && 'src' in file && typeof file.src === 'string' ? file.src : undefined;
}
