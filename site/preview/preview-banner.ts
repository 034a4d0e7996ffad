/**
 * Marks every page the preview server renders: noindex for any robot that gets this far, and a
 * Dutch banner saying that this is a preview and not the public site. A document's preview
 * (PreviewPage.astro) also gets a script that reloads it once a newer version can be shown:
 * the dev server's own reload message is lost when it arrives while the page is still loading
 * (after an autosave the Live Preview reloads the page, and the content store follows a moment
 * later), and the editor would keep looking at the text from before.
 */
import { defineMiddleware } from 'astro:middleware';

export const PREVIEW_BANNER =
  '<div role="status" class="preview-banner" style="position:sticky;top:0;z-index:1000;background:#fff3c4;color:#3d2e00;border-bottom:2px solid #c99a00;padding:.5rem 1rem;font:600 0.95rem/1.4 system-ui,sans-serif;text-align:center">Voorbeeld: zo ziet deze pagina eruit na publiceren. Bezoekers zien hem nog niet.</div>';

/** The version of what a document's preview shows (preview-view.ts), set by PreviewPage.astro. */
export const PREVIEW_VERSION_HEADER = 'X-Preview-Version';
/** How often an open preview asks whether a newer version can be shown. */
const VERSION_CHECK_MS = 1000;

/** Asks `<page>versie/` for the version now and reloads when it differs from the one shown. */
function versionCheck(version: string): string {
  return `<script>(()=>{const shown=${JSON.stringify(version)};const check=async()=>{try{const res=await fetch(new URL('versie/',location.href),{cache:'no-store'});if(res.ok&&(await res.json()).version!==shown){location.reload();return}}catch{}setTimeout(check,${VERSION_CHECK_MS})};setTimeout(check,${VERSION_CHECK_MS})})()</script>`;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const version = response.headers.get(PREVIEW_VERSION_HEADER);
  const html = (await response.text())
    .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
    .replace(/<body([^>]*)>/, (body) => `${body}${PREVIEW_BANNER}`)
    .replace('</body>', () => `${version ? versionCheck(version) : ''}</body>`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete(PREVIEW_VERSION_HEADER);
  return new Response(html, { status: response.status, headers });
});
