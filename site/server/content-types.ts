import path from 'node:path';

/** What the built site holds; anything else is sent as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The Content-Type (and Content-Encoding, for a .gz file: the browser then unpacks it, as with
 * Pagefind's facets.json.gz) of a file by its name.
 */
export function contentTypeOf(file: string): { type: string; encoding?: string } {
  if (file.endsWith('.gz')) return { type: contentTypeOf(file.slice(0, -3)).type, encoding: 'gzip' };
  return { type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
