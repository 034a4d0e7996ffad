/**
 * Export: every published document and the taxonomies, from the CMS to content/ in the
 * contract's canonical form, with the media they use. The tree is written beside content/,
 * checked against the contract, and swapped in only when complete.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { checkContent, ContentContractError, NAVIGATION_FILE } from '../../contract/index.ts';
import { serializeDocument, serializeTaxonomy } from '../../contract/serialize.ts';
import { COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { createBodyConverter, type DroppedLink } from './body.ts';
import { toFrontmatter, toTaxonomyEntry, type MediaFile } from './documents.ts';
import { allDocuments, buildLookups, mediaDir, TAXONOMY_COLLECTIONS } from './lookups.ts';
import { exportNavigation, nameOf } from './navigation.ts';
import { freshDir, recover, stagingDir, swapIn } from './tree.ts';

export interface ExportOptions {
  payload: Payload;
  contentDir: string;
  /** Called after each document: done of total. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ExportSummary {
  documents: Record<string, number>;
  media: number;
  /** What the export left out so that the site still builds: menu items and body links to documents that are not published. */
  warnings: string[];
  milliseconds: number;
}

export async function exportContent({ payload, contentDir, onProgress }: ExportOptions): Promise<ExportSummary> {
  const started = performance.now();
  recover(contentDir);
  const documents = new Map<string, Awaited<ReturnType<typeof allDocuments>>>();
  for (const collection of TAXONOMY_COLLECTIONS) documents.set(collection, await allDocuments(payload, collection, false));
  for (const collection of COLLECTIONS) documents.set(collection, await allDocuments(payload, collection, true));
  const media = (await allDocuments(payload, 'media', false)) as unknown as MediaFile[];
  const lookups = buildLookups(documents, media);
  const body = createBodyConverter(payload);

  const staging = stagingDir(contentDir);
  freshDir(staging);
  const used = new Set<string>();
  const dropped: (DroppedLink & { file: string })[] = [];
  const warnings: string[] = [];
  try {
    for (const name of TAXONOMY_COLLECTIONS) {
      // The contract's fields only; an optional field left empty (a person without phone) is left out.
      const entries = documents.get(name)!.map((entry) => toTaxonomyEntry(name, entry, lookups));
      writeFileSync(path.join(staging, `${name}.yaml`), serializeTaxonomy(name, entries));
    }
    const total = COLLECTIONS.reduce((n, c) => n + documents.get(c)!.length, 0);
    let done = 0;
    for (const collection of COLLECTIONS) {
      mkdirSync(path.join(staging, collection), { recursive: true });
      for (const doc of documents.get(collection)!) {
        const frontmatter = toFrontmatter(collection as Collection, doc, lookups);
        const file = path.join(collection, `${doc.slug}.mdx`);
        let text: string;
        try {
          text = serializeDocument(collection as Collection, frontmatter, body.toMdx(doc.body, lookups, (link) => dropped.push({ ...link, file })));
        } catch (error) {
          throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
        }
        writeFileSync(path.join(staging, file), text);
        for (const src of mediaUsed(frontmatter, text)) used.add(src);
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

    const { violations } = checkContent(staging);
    if (violations.length) throw new ContentContractError(violations);
    await swapIn(staging, contentDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return {
    documents: Object.fromEntries([...documents].map(([c, docs]) => [c, docs.length])),
    media: used.size,
    warnings,
    milliseconds: Math.round(performance.now() - started),
  };
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
