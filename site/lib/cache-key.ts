/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs).
 * A page that returns a cacheKey from getStaticPaths is not rendered again when its key, its code
 * (Astro hashes the page's module graph) and the config and lockfile are what they were: Astro
 * copies the earlier output instead. So the key must change whenever anything the page shows
 * changes. It is made of two parts:
 * - the page's props, with each content entry in them written as collection/id@digest (the
 *   digest is Astro's hash of the entry's file), plus the documents a detail page shows beside
 *   its own (site/lib/linked-documents.ts);
 * - what every page shows or may show, in one hash per build: the files of content/ besides the
 *   MDX entries (themes, regions, people, navigation, media), the menus as built, the
 *   settings read from the environment, and the declared build-time values.
 * test/incremental-build.test.ts builds both ways and compares dist/ byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, contentDir } from '../../contract/index.ts';
import { BUILD_VALUES } from './build-values.ts';
import { feedbackAction } from './feedback.ts';
import { siteMenus } from './navigation.ts';
import { newsletterFormAction } from './newsletter.ts';
import { siteContactEmail } from './site-contact.ts';

const ENTRY_FOLDERS = new Set<string>(COLLECTIONS);

/** content/'s files other than the entries of its collections, by path, with a hash of each. */
function sharedFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => !ENTRY_FOLDERS.has(file.split('/')[0]!) || !file.endsWith('.mdx'))
    .sort()
    .map((file) => `${file} ${createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')}`);
}

let shared: Promise<string> | undefined;

/** The hash of what every page shows or may show; computed once per build. */
function sharedInputs(): Promise<string> {
  shared ??= (async () =>
    createHash('sha256')
      .update(
        JSON.stringify({
          files: sharedFiles(contentDir()),
          menus: await siteMenus(),
          settings: { feedback: feedbackAction(), newsletter: newsletterFormAction(), contact: siteContactEmail() },
          buildValues: BUILD_VALUES,
        }),
      )
      .digest('hex'))();
  return shared;
}

/**
 * A content entry as its key writes it: the digest stands for all of its file. Maps and sets,
 * which JSON writes as {}, as their entries.
 */
function entryToken(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value.values()];
  if (value && typeof value === 'object' && 'digest' in value && 'collection' in value && 'id' in value) {
    const { collection, id, digest } = value as { collection: unknown; id: unknown; digest: unknown };
    if (typeof digest === 'string' && typeof collection === 'string' && typeof id === 'string') return `${collection}/${id}@${digest}`;
  }
  return value;
}

/** Makes the cache key of a page from its props and anything else it renders. */
export type CacheKey = (...inputs: unknown[]) => string;

/** The key maker for this build's pages (the shared part is read once). */
export async function pageCacheKeys(): Promise<CacheKey> {
  const sharedHash = await sharedInputs();
  return (...inputs) => createHash('sha256').update(sharedHash).update(JSON.stringify(inputs, entryToken)).digest('base64url');
}
