/**
 * The results of the search page: Pagefind's finds, a page of ten at a time with "Toon meer",
 * the filters with their counts, help when nothing is found, and what to say offline.
 */
import { countFacets, type FacetFile } from './facet-format.ts';
import { isOffline, OFFLINE } from './connection.ts';
import type { Pagefind, PagefindResultData } from './pagefind.ts';
import { hasFilters, type SearchState } from './search-state.ts';

export interface SearchConfig {
  filters: string[];
  filterLabels: Record<string, string>;
  valueLabels: Record<string, Record<string, string>>;
}

export interface ResultsOptions {
  pagefind: Pagefind;
  /** Counts the filters' values (Pagefind's own counting is slow at scale). */
  facetFile: FacetFile;
  config: SearchConfig;
  filterBox: HTMLElement;
  count: HTMLElement;
  list: HTMLOListElement;
  /** A help button after zero results asks to search again with a filter holding fewer values. */
  onDropFilter: (filter: string, remaining: string[]) => void;
}

export interface SearchResults {
  /** Searches for `state` and renders what it finds, unless a newer search has started meanwhile. */
  search(state: SearchState): Promise<void>;
}

const PAGE = 10;
/** Offline, a large index is there only in the parts that earlier searches fetched. */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function searchResults(options: ResultsOptions): SearchResults {
  const { pagefind, facetFile, config, filterBox, count, list, onDropFilter } = options;
  const allCounts = countFacets(facetFile, Object.keys(facetFile.pages));
  let state: SearchState;
  let run = 0;

  const labelOf = (filter: string, value: string) => config.valueLabels[filter]?.[value] ?? value;

  function renderFilters(counts: Record<string, Record<string, number>>) {
    const groups = config.filters
      .filter((filter) => Object.keys(allCounts[filter] ?? {}).length > 0)
      .map((filter) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = config.filterLabels[filter] ?? filter;
        fieldset.append(legend);
        const values = Object.keys(allCounts[filter]!).sort((a, b) =>
          // Numeric collation: age bands read 0–4, 4–12, 12–18, 18–27, not 0–4, 12–18, 18–27, 4–12.
          filter === 'jaar' ? b.localeCompare(a) : labelOf(filter, a).localeCompare(labelOf(filter, b), 'nl', { numeric: true }),
        );
        for (const value of values) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = filter;
          box.value = value;
          box.checked = state.filters[filter]?.includes(value) ?? false;
          const n = counts[filter]?.[value] ?? 0;
          label.append(box, ` ${labelOf(filter, value)} `);
          const badge = document.createElement('span');
          badge.className = 'count';
          badge.textContent = `(${n})`;
          label.append(badge);
          if (n === 0 && !box.checked) label.classList.add('is-empty');
          fieldset.append(label);
        }
        return fieldset;
      });
    filterBox.replaceChildren(...groups);
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'result';
    const kind = document.createElement('p');
    kind.className = 'card__kind';
    kind.textContent = data.meta.soort ?? '';
    const heading = document.createElement('h2');
    heading.className = 'result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'muted';
    const date = data.meta.date ? dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`)) : '';
    meta.textContent = [date, data.meta.themas].filter(Boolean).join(' · ');
    const summary = document.createElement('p');
    summary.textContent = data.meta.summary ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'result__excerpt';
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>.
    item.append(kind, heading, meta, summary, excerpt);
    return item;
  }

  function zeroResultHelp(): HTMLLIElement[] {
    const items: HTMLLIElement[] = [];
    for (const [filter, values] of Object.entries(state.filters)) {
      for (const value of values) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button';
        button.textContent = `Zoek zonder filter ${config.filterLabels[filter]?.toLowerCase()}: ${labelOf(filter, value)}`;
        button.addEventListener('click', () => onDropFilter(filter, values.filter((v) => v !== value)));
        item.append(button);
        items.push(item);
      }
    }
    return items;
  }

  /**
   * Nothing found for a query without filters: search its words one by one, or a shorter form of
   * a single word (a typo at its end), and offer what that finds.
   */
  async function nearMatches(current: number): Promise<HTMLLIElement[]> {
    if (hasFilters(state) || !state.q) return [];
    const words = state.q.split(/\s+/).filter((w) => w.length >= 3);
    const tries = words.length > 1 ? words : words.map((w) => w.slice(0, Math.max(3, w.length - 2)));
    for (const term of tries) {
      const found = await pagefind.search(term);
      if (current !== run || !found?.results.length) continue;
      const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
      const heading = document.createElement('li');
      heading.className = 'near-matches';
      heading.append(`Misschien bedoelde u “${term}”:`);
      const items = data.map((d) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = d.url;
        link.textContent = d.meta.title ?? d.url;
        item.append(link);
        return item;
      });
      return [heading, ...items];
    }
    return [];
  }

  /**
   * Pagefind's worker runs searches in turn, so a search started for every keystroke would queue
   * behind the ones for earlier keystrokes. Each search waits for the one before it, and only
   * the newest of those waiting goes to Pagefind: searching starts at once when the worker is
   * idle, and typing never builds a queue.
   */
  let inFlight: Promise<unknown> = Promise.resolve();
  async function oneAtATime<T>(current: number, find: () => Promise<T>): Promise<T | undefined> {
    await inFlight;
    if (current !== run) return undefined;
    const found = find();
    inFlight = found.catch(() => undefined);
    return found;
  }

  /** Marks the results as being updated (aria-busy) until the newest search has rendered. */
  async function search(next: SearchState) {
    state = next;
    const current = ++run;
    list.setAttribute('aria-busy', 'true');
    try {
      await runSearch(current);
    } catch (error) {
      // Offline, with a part of a large index that this browser never fetched; or a broken deploy.
      if (current !== run) return;
      list.replaceChildren();
      if (isOffline(error)) {
        count.textContent = OFFLINE;
      } else {
        // A broken deploy: worth a line in the console for whoever looks into it.
        console.error(error);
        count.textContent = 'Zoeken lukte niet. Laad de pagina opnieuw en probeer het nog eens.';
      }
    } finally {
      if (current === run) list.removeAttribute('aria-busy');
    }
  }

  async function runSearch(current: number) {
    const filtered = hasFilters(state);
    if (!state.q && !filtered) {
      renderFilters(allCounts);
      count.textContent = 'Typ een zoekterm of kies een filter.';
      list.replaceChildren();
      return;
    }
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
    const result = await oneAtATime(current, () =>
      pagefind.search(state.q || null, { filters, sort: state.sort === 'datum' || !state.q ? { datum: 'desc' } : undefined }),
    );
    if (current !== run || !result) return; // a newer search has started
    renderFilters(countFacets(facetFile, result.results.map((r) => r.id)));
    const total = result.results.length;
    if (total === 0) list.replaceChildren(...zeroResultHelp(), ...(await nearMatches(current)));
    else await showResults(result.results, 0, current);
    if (current !== run) return;
    // The count comes last: screen readers hear it once the results it describes are there.
    const about = state.q ? ` voor “${state.q}”` : '';
    if (total > 0) count.textContent = `${total} ${total === 1 ? 'resultaat' : 'resultaten'}${about}.`;
    // Offline, Pagefind finds nothing in index chunks it cannot fetch: say why.
    else count.textContent = isOffline(undefined) ? `Geen resultaten${about}. ${OFFLINE}` : `Geen resultaten${about}.`;
  }

  async function showResults(results: { data: () => Promise<PagefindResultData> }[], from: number, current: number) {
    const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    if (current !== run) return;
    const items = page.map(renderResult);
    if (from === 0) list.replaceChildren(...items);
    else list.querySelector('.result-more')?.replaceWith(...items);
    if (results.length > from + PAGE) {
      const more = document.createElement('li');
      more.className = 'result-more';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `Toon meer resultaten (${results.length - from - PAGE})`;
      button.addEventListener('click', () =>
        showResults(results, from + PAGE, current).catch((error: unknown) => {
          button.textContent = isOffline(error) ? OFFLINE : 'Laden lukte niet. Probeer het opnieuw.';
        }),
      );
      more.append(button);
      list.append(more);
    }
  }

  return { search };
}
