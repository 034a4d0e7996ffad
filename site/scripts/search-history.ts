/**
 * The search page's state between its controls and the URL: typing replaces the current history
 * entry, a deliberate change (a filter, the sort, Enter) adds one, and back and forward bring an
 * earlier state back into the controls. search-state.ts holds the URL form itself.
 */
import { stateFromUrl, urlFromState, type SearchState } from './search-state.ts';

/** The form's controls that hold the state. */
export interface SearchControls {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** Holds the filter checkboxes, whichever are rendered there. */
  filterBox: HTMLElement;
  panel: HTMLDetailsElement;
}

export interface SearchHistory {
  /** The state now shown; changes to it count once committed. */
  readonly state: SearchState;
  /** Writes the state to the URL (a new entry with 'push'), shows it in the controls, and hands it on. */
  commit(mode: 'push' | 'replace'): void;
  /** Shows the state in the controls. */
  show(): void;
}

/** Takes the state from the URL, and from then on every change of it to `onChange`. */
export function searchHistory(controls: SearchControls, filterNames: readonly string[], onChange: (state: SearchState) => void): SearchHistory {
  const { form, input, sort, filterBox, panel } = controls;
  let state = stateFromUrl(location.search, filterNames);

  function show() {
    const active = Object.values(state.filters).flat().length;
    panel.querySelector('summary')!.textContent = active ? `Filters (${active} gekozen)` : 'Filters';
    // The box holds what the visitor typed, trailing space included; only another state (the
    // URL, the back button) replaces it.
    if (input.value.trim() !== state.q) input.value = state.q;
    sort.value = state.sort;
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
  }

  function readControls(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { q: input.value.trim(), filters, sort: sort.value === 'datum' ? 'datum' : '' };
  }

  function commit(mode: 'push' | 'replace') {
    const url = `${location.pathname}${urlFromState(state, filterNames)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    show();
    onChange(state);
  }

  input.addEventListener('input', () => {
    // One letter matches nearly every word and keeps Pagefind busy; Enter still searches it.
    if (input.value.trim().length === 1) return;
    state = readControls();
    commit('replace');
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    state = readControls();
    commit('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = readControls();
    commit('push');
  });
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.search, filterNames);
    show();
    onChange(state);
  });

  return {
    get state() {
      return state;
    },
    commit,
    show,
  };
}
