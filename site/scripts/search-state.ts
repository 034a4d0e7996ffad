/**
 * The state of the search page and its URL form, so that a search can be linked from a
 * newsletter: /zoeken/?q=dronten&regio=flevoland&sorteer=datum.
 */

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: '' | 'datum';
}

export function stateFromUrl(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sorteer') === 'datum' ? 'datum' : '' };
}

export function urlFromState(state: SearchState, filterNames: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of filterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort) params.set('sorteer', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}
