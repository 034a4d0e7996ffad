import path from 'node:path';

/** The content/ folder the site is built from: CONTENT_DIR when set (tests, exports), else ./content. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
