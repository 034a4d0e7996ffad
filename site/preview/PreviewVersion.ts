/**
 * /voorbeeld/<collection>/<id>/versie: the version of what the preview of one document would show
 * now (preview-view.ts), for the page to compare with the one it shows. Behind the preview gate.
 */
import type { APIRoute } from 'astro';
import { previewView } from './preview-view.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const { version } = await previewView(params.collection, params.id);
  return Response.json({ version }, { headers: { 'Cache-Control': 'no-store' } });
};
