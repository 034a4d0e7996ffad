/**
 * The preview server (astro.preview.config.mjs): the site's own pages and layouts rendered on
 * demand by Astro's dev server from the preview tree, plus one route, /voorbeeld/<collection>/<id>/,
 * that renders a document's latest draft with the same DocumentLayout as its public page. Only
 * this config adds the route, so it never reaches a build, dist/, the feeds, the sitemap or the
 * search index. Behind the gate; the page reloads itself when the CMS writes a newer draft.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { previewGate } from './gate.ts';

export interface PreviewModeOptions {
  previewDir: string;
  secret: string | undefined;
  cmsOrigin: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function previewMode(options: PreviewModeOptions): AstroIntegration {
  return {
    name: 'schoolnabij:preview',
    hooks: {
      'astro:config:setup': ({ injectRoute, addMiddleware, updateConfig }) => {
        injectRoute({ pattern: '/voorbeeld/[collection]/[id]', entrypoint: path.join(here, 'PreviewPage.astro'), prerender: false });
        injectRoute({ pattern: '/voorbeeld/[collection]/[id]/versie', entrypoint: path.join(here, 'PreviewVersion.ts'), prerender: false });
        addMiddleware({ order: 'pre', entrypoint: path.join(here, 'preview-banner.ts') });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'schoolnabij:preview-gate',
                // Added before Vite's own middlewares: nothing is served past the gate.
                configureServer(server) {
                  server.middlewares.use(previewGate(options));
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        // A state file changes when a draft cannot be shown (or can again) without its MDX file
        // changing; the content files themselves reload through Astro's content layer.
        const states = path.join(options.previewDir, 'documents');
        server.watcher.add(states);
        const reload = (file: string) => {
          if (file.startsWith(states) && file.endsWith('.json')) server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('add', reload);
        server.watcher.on('change', reload);
      },
    },
  };
}
