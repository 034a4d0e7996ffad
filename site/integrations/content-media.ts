import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../contract/index.ts';

/**
 * Publishes content/media/ at the stable address /media/<file>, so that attachments and images
 * linked from feeds and newsletters keep their URL from build to build.
 */
export function contentMedia(): AstroIntegration {
  return {
    name: 'schoolnabij:content-media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const media = path.join(contentDir(), 'media');
        if (!existsSync(media)) return;
        cpSync(media, path.join(fileURLToPath(dir), 'media'), { recursive: true });
        logger.info('content/media/ copied to /media/');
      },
    },
  };
}
