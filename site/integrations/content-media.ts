import { cpSync, existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, displayPath, SYMLINK_MESSAGE, symbolicLinksIn } from '../../contract/index.ts';

/**
 * Publishes content/media/ at the stable address /media/<file>, so that attachments and images
 * linked from feeds and newsletters keep their URL from build to build. Only the folder's own
 * files: a symbolic link (which the contract refuses before the build) stops the copy rather than
 * publish what it points at, and the copy never follows one.
 */
export function contentMedia(): AstroIntegration {
  return {
    name: 'schoolnabij:content-media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const media = path.join(contentDir(), 'media');
        if (!existsSync(media)) return;
        if (lstatSync(media).isSymbolicLink()) throw new Error(`${displayPath(media)}: ${SYMLINK_MESSAGE}`);
        const links = symbolicLinksIn(media);
        if (links.length) throw new Error(links.map((link) => `${displayPath(link)}: ${SYMLINK_MESSAGE}`).join('\n'));
        cpSync(media, path.join(fileURLToPath(dir), 'media'), { recursive: true, filter: (source) => !lstatSync(source).isSymbolicLink() });
        logger.info('content/media/ copied to /media/');
      },
    },
  };
}
