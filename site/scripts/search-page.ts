import { loadFacetFile } from './facet-format.ts';
import { loadPagefind } from './pagefind.ts';
import { searchHistory } from './search-history.ts';
import { searchResults, type SearchConfig } from './search-results.ts';

/** Wires up /zoeken/: results as you type, filters with counts, sort, and every state in the URL. */
export async function startSearchPage(): Promise<void> {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const count = form.querySelector<HTMLElement>('[data-search-count]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;

  // Filters sit beside the results on wide screens; on a phone they fold away above them.
  const panel = form.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
  panel.open = matchMedia('(min-width: 56rem)').matches;

  // Pagefind finds and filters; the facet file counts (Pagefind's own counting is slow at scale).
  const [pagefind, facetFile] = await Promise.all([loadPagefind(), loadFacetFile()]);
  const results = searchResults({
    pagefind,
    facetFile,
    config,
    filterBox,
    count,
    list,
    onDropFilter: (filter, remaining) => {
      urlState.state.filters[filter] = remaining;
      urlState.commit('push');
    },
  });
  const urlState = searchHistory({ form, input, sort, filterBox, panel }, config.filters, (state) => void results.search(state));

  urlState.show();
  await results.search(urlState.state);
  document.documentElement.dataset.searchReady = 'true';
  // Progressive enhancement: from now on search and the pages visited work offline.
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
}
