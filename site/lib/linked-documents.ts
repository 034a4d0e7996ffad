import { getEntry } from 'astro:content';
import type { Document } from './articles.ts';

/**
 * The other documents a detail page shows: its related documents (those that resolve) and, for
 * a conference report, its event. DocumentLayout renders them and the page's cache key
 * (site/lib/cache-key.ts) includes them, from this one function.
 */
export async function linkedDocuments(entry: Document): Promise<{ related: Document[]; event: Document | undefined }> {
  const related = (await Promise.all((entry.data.related ?? []).map((ref) => getEntry(ref.collection, ref.slug)))).filter(
    (e): e is Document => e !== undefined,
  );
  const event = entry.collection === 'conference-reports' && entry.data.event ? await getEntry('events', entry.data.event) : undefined;
  return { related, event };
}
