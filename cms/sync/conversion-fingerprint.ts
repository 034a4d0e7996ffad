/**
 * Everything the exported text of one document depends on besides the document itself, as one
 * hash: what the lookups are built from (the id, slug and old paths of every published document,
 * the media), the site's address (absolute links to it are internal), and the code that converts
 * (our sources and the installed packages' versions). Two exports with the same fingerprint write
 * the same text for the same version of a document.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteUrl } from '../../contract/location.ts';
import { repoRoot as ROOT } from '../paths.ts';
import type { MediaFile } from './documents.ts';
import { TAXONOMY_COLLECTIONS, type LookupSource } from './lookups.ts';

/** The folders whose code the conversion runs, and the lockfile that fixes the packages' versions. */
const SOURCES = ['cms', 'contract'];
const LOCKFILE = 'package-lock.json';

export function conversionFingerprint(documents: ReadonlyMap<string, LookupSource[]>, media: MediaFile[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ code: sourceFingerprint(), node: process.version, site: siteUrl() }));
  for (const collection of [...documents.keys()].sort()) {
    const taxonomy = (TAXONOMY_COLLECTIONS as readonly string[]).includes(collection);
    hash.update(`\n${collection}`);
    for (const doc of documents.get(collection)!) {
      const redirects = !taxonomy && Array.isArray(doc.redirectFrom) ? doc.redirectFrom.filter((from) => typeof from === 'string') : [];
      hash.update(`\n${JSON.stringify([doc.id, doc.slug, redirects])}`);
    }
  }
  // A media document is given whole to the converters (a Figure's image), so all of it counts.
  const byId = [...media].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  hash.update(`\nmedia\n${JSON.stringify(byId)}`);
  return hash.digest('hex');
}

let sources: string | undefined;

/** A hash of the code, read once per process: any change to it makes the next export a full one. */
function sourceFingerprint(): string {
  if (sources) return sources;
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((dir) => codeFiles(path.join(ROOT, dir)));
  for (const file of [...files, path.join(ROOT, LOCKFILE)].sort()) {
    hash.update(`\n${path.relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return (sources = hash.digest('hex'));
}

/** The code below dir: .ts, .tsx, .js, .mjs and .json files, without tests and without generated or hidden folders. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    if (entry.isDirectory()) return codeFiles(at);
    return entry.isFile() && /\.(tsx?|m?js|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [at] : [];
  });
}
