import { describe, expect, it } from 'vitest';
import { hasFilters, stateFromUrl, urlFromState, type SearchState } from './search-state.ts';

const FILTERS = ['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar'];

describe.each([
  { search: '', state: { q: '', filters: {}, sort: '' } },
  { search: '?q=dronten', state: { q: 'dronten', filters: {}, sort: '' } },
  { search: '?q=%20jeugdhulp%20school%20', state: { q: 'jeugdhulp school', filters: {}, sort: '' } },
  { search: '?q=dronten&regio=flevoland&sorteer=datum', state: { q: 'dronten', filters: { regio: ['flevoland'] }, sort: 'datum' } },
  { search: '?regio=flevoland&regio=utrecht-stad&regio=flevoland', state: { q: '', filters: { regio: ['flevoland', 'utrecht-stad'] }, sort: '' } },
  { search: '?leeftijd=4-12&soort=praktijkvoorbeelden', state: { q: '', filters: { leeftijd: ['4-12'], soort: ['praktijkvoorbeelden'] }, sort: '' } },
  // A newsletter's tracking parameters, an unknown filter, an empty value and an unknown sort are ignored.
  { search: '?q=school&utm_source=nieuwsbrief&kleur=rood&regio=&sorteer=titel', state: { q: 'school', filters: {}, sort: '' } },
])('the search URL "$search"', ({ search, state }) => {
  it('reads as its query, filters and sort', () => {
    expect(stateFromUrl(search, FILTERS)).toEqual(state);
  });
});

const written: { state: SearchState; url: string }[] = [
  { state: { q: '', filters: {}, sort: '' }, url: '' },
  { state: { q: 'jeugdhulp school', filters: {}, sort: '' }, url: '?q=jeugdhulp+school' },
  { state: { q: 'dronten', filters: { regio: ['flevoland'] }, sort: 'datum' }, url: '?q=dronten&regio=flevoland&sorteer=datum' },
  // Filters are written in the order of FILTERS, whatever order they were chosen in.
  { state: { q: '', filters: { jaar: ['2018'], thema: ['thuiszitters', 'passend-onderwijs'] }, sort: '' }, url: '?thema=thuiszitters&thema=passend-onderwijs&jaar=2018' },
  { state: { q: '', filters: { kleur: ['rood'] }, sort: '' }, url: '' },
];
describe.each(written)('the search state $state', ({ state, url }) => {
  it(`is written as "${url}"`, () => {
    expect(urlFromState(state, FILTERS)).toBe(url);
  });
});

describe('hasFilters', () => {
  it('is true only when some filter has a value', () => {
    expect(hasFilters({ q: 'x', filters: {}, sort: '' })).toBe(false);
    expect(hasFilters({ q: 'x', filters: { regio: [] }, sort: '' })).toBe(false);
    expect(hasFilters({ q: '', filters: { regio: [], jaar: ['2018'] }, sort: '' })).toBe(true);
  });
});
