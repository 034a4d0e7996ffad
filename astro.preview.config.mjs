// @ts-check
/**
 * The preview server (npm run preview; npm start starts it): the site of astro.config.mjs rendered
 * on demand from the preview tree (PREVIEW_DIR/content: the published content with the drafts
 * editors preview written over it), behind the preview gate, plus the draft route. It builds
 * nothing: no dist/, feeds, sitemap or search index is written from a draft.
 */
import site from './astro.config.mjs';
import { previewMode } from './site/preview/preview-mode.ts';

const previewDir = process.env.PREVIEW_DIR;
if (!previewDir) throw new Error('PREVIEW_DIR is not set: start the preview server with `npm run preview`.');

/** Only what renders pages; the build steps (link check, Pagefind, service worker, sitemap) have nothing to do here. */
const RENDERING = new Set(['schoolnabij:content-contract', '@astrojs/mdx']);

/** @type {import('astro').AstroUserConfig} */
export default {
  ...site,
  // Its own content store: the preview tree's data must never mix with a build's.
  cacheDir: './node_modules/.astro-preview',
  integrations: [
    ...(site.integrations ?? []).filter((integration) => integration && !Array.isArray(integration) && RENDERING.has(integration.name)),
    previewMode({
      previewDir,
      secret: process.env.PREVIEW_SECRET,
      cmsOrigin: new URL(process.env.CMS_URL || 'http://localhost:3000').origin,
    }),
  ],
};
