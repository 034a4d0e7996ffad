/**
 * npm run preview: the preview server for the CMS's Live Preview and Voorbeeld button, at
 * http://localhost:4322 (PREVIEW_PORT, PREVIEW_HOST to change). It renders drafts with the site's
 * own layouts from the preview tree (see site/preview/preview-mode.ts) and lets in only requests
 * that carry a link signed by the CMS.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { previewContentDir } from '../contract/preview-state.ts';
import { repoRoot } from '../cms/paths.ts';
import { previewSettings } from '../cms/preview/preview-settings.ts';
import { preparePreviewTree } from '../cms/preview/preview-tree.ts';

const { dir, key, liveContentDir } = previewSettings();
preparePreviewTree(dir, liveContentDir);
const port = process.env.PREVIEW_PORT ?? '4322';
const host = process.env.PREVIEW_HOST ?? 'localhost';
// --ignore-lock: Astro 7 lets one dev server run per project and refuses a second; the preview
// server is another site (its own config) and runs beside `npm run dev` and other previews.
const child = spawn(
  process.execPath,
  [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', 'astro.preview.config.mjs', '--port', port, '--host', host, '--ignore-lock'],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      // Not a test runner's VITEST variables: under them Astro's dev server routes no page.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro's dev renderer; under another NODE_ENV (a test runner's "test") it routes nothing.
      NODE_ENV: 'development',
      PREVIEW_DIR: dir,
      CONTENT_DIR: previewContentDir(dir),
      PREVIEW_SECRET: key,
      // No "Was dit nuttig?" in previews: editors' clicks are no readers' answers.
      CMS_PUBLIC_URL: '',
    },
  },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
