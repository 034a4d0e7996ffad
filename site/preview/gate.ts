/**
 * The preview server's door: every request (pages, assets, Vite's modules and images) needs a
 * valid preview link or the session cookie a link opened. Anything else gets a Dutch 401 page
 * and none of the preview's content. Every answer carries noindex and may be framed only by the
 * CMS (the admin's Live Preview).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PREVIEW_LINK_MINUTES,
  PREVIEW_SESSION_COOKIE,
  signPreviewSession,
  verifyPreviewLink,
  verifyPreviewSession,
} from '../../contract/preview-link.ts';

export interface GateOptions {
  /** The key shared with the CMS (PREVIEW_SECRET); without one nothing is let through. */
  secret: string | undefined;
  /** The CMS's origin, the only page allowed to frame a preview. */
  cmsOrigin: string;
}

const PREVIEW_ROUTE = /^\/voorbeeld\/([^/]+)\/([^/]+)\/$/;

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Whether the request may see the preview; sets the session cookie when it came with a valid link. */
export function admitted(request: IncomingMessage, response: ServerResponse, { secret }: GateOptions, now = Date.now()): boolean {
  if (!secret) return false;
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  const route = PREVIEW_ROUTE.exec(url.pathname);
  const collection = route && decoded(route[1]!);
  const id = route && decoded(route[2]!);
  if (collection && id && verifyPreviewLink(secret, collection, id, url.searchParams.get('token'), now)) {
    const session = signPreviewSession(secret, now);
    response.setHeader('Set-Cookie', `${PREVIEW_SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${PREVIEW_LINK_MINUTES * 60}`);
    return true;
  }
  return verifyPreviewSession(secret, cookie(request, PREVIEW_SESSION_COOKIE), now);
}

export const REFUSED_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Voorbeeld niet beschikbaar – Schoolnabij</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Dit voorbeeld is alleen voor redacteuren</h1>
<p>Een voorbeeld van een concept opent u vanuit het CMS: open het document en kies <strong>Live voorbeeld</strong> of <strong>Voorbeeld</strong>. Een link naar een voorbeeld is een uur geldig.</p>
</body></html>
`;

/** A connect middleware for Vite's dev server, to run before everything else it serves. */
export function previewGate(options: GateOptions) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    response.setHeader('X-Robots-Tag', 'noindex, nofollow');
    response.setHeader('Content-Security-Policy', `frame-ancestors ${options.cmsOrigin}`);
    response.setHeader('Cache-Control', 'no-store');
    if (admitted(request, response, options)) return next();
    response.statusCode = 401;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(REFUSED_PAGE);
  };
}
