import { loadPagefind } from './pagefind.ts';

/** Path segments that name a section rather than a subject, and so say nothing about what was meant. */
const SECTION_WORDS = new Set(['praktijkvoorbeelden', 'experts', 'verslagen', 'agenda', 'themas', 'regios', 'pagina', 'index', 'html']);

/** The words of a missing path: /praktijkvoorbeelden/dronten-goed/ → "dronten goed". */
export function wordsOfPath(pathname: string): string {
  return decodeURIComponent(pathname)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !SECTION_WORDS.has(word) && !/^\d+$/.test(word))
    .join(' ');
}

/** On the 404 page: searches the missing path's words and offers the best matches. */
export async function suggestForMissingPage(): Promise<void> {
  const words = wordsOfPath(location.pathname);
  const section = document.querySelector<HTMLElement>('[data-suggestions]');
  const list = document.querySelector<HTMLUListElement>('[data-suggestion-list]');
  const searchLink = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  if (!words || !section || !list) return;
  if (searchLink) searchLink.href = `/zoeken/?q=${encodeURIComponent(words)}`;

  const pagefind = await loadPagefind();
  // Any of the words may match: search each and merge, best score first.
  const found = new Map<string, { title: string; url: string }>();
  for (const word of words.split(' ')) {
    const search = await pagefind.search(word);
    for (const result of search?.results.slice(0, 5) ?? []) {
      if (found.has(result.id)) continue;
      const data = await result.data();
      found.set(result.id, { title: data.meta.title ?? data.url, url: data.url });
    }
    if (found.size >= 5) break;
  }
  if (found.size === 0) return;
  list.replaceChildren(
    ...[...found.values()].slice(0, 5).map(({ title, url }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  section.hidden = false;
}
