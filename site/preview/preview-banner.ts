/**
 * Marks every page the preview server renders: noindex for any robot that gets this far, and a
 * Dutch banner saying that this is a preview and not the public site.
 */
import { defineMiddleware } from 'astro:middleware';

export const PREVIEW_BANNER =
  '<div role="status" class="preview-banner" style="position:sticky;top:0;z-index:1000;background:#fff3c4;color:#3d2e00;border-bottom:2px solid #c99a00;padding:.5rem 1rem;font:600 0.95rem/1.4 system-ui,sans-serif;text-align:center">Voorbeeld: zo ziet deze pagina eruit na publiceren. Bezoekers zien hem nog niet.</div>';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = (await response.text())
    .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
    .replace(/<body([^>]*)>/, (body) => `${body}${PREVIEW_BANNER}`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, headers });
});
