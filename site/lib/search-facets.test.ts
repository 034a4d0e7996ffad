import { describe, expect, it } from 'vitest';
import { collectionFields, COLLECTIONS } from '../../contract/index.ts';
import { facetLabels, facetsOf, FILTERS, kindValue } from './search-facets.ts';

describe('the search filters', () => {
  it('are thema, regio, onderwijstype, leeftijd, soort and jaar, in that order', () => {
    expect(FILTERS).toEqual(['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar']);
  });
});

describe.each([
  { collection: 'practice-examples', value: 'praktijkvoorbeelden' },
  { collection: 'expert-pieces', value: 'experts' },
  { collection: 'conference-reports', value: 'verslagen' },
  { collection: 'events', value: 'agenda' },
  { collection: 'pages', value: 'achtergrond' },
] as const)('the filter "soort" of $collection', ({ collection, value }) => {
  it(`is "${value}"`, () => {
    expect(kindValue(collection)).toBe(value);
  });
});

// Every expected value is written out by hand, never computed with the code under test.
describe.each([
  {
    name: 'a practice example with every field',
    source: {
      collection: 'practice-examples',
      data: { publishedAt: '2018-04-05', themes: ['thuiszitters', 'passend-onderwijs'], region: 'flevoland', sectors: ['po', 'vo'], ageMin: 4, ageMax: 16 },
    },
    facets: { thema: ['thuiszitters', 'passend-onderwijs'], regio: ['flevoland'], onderwijstype: ['po', 'vo'], leeftijd: ['4-12', '12-18'], soort: ['praktijkvoorbeelden'], jaar: ['2018'] },
  },
  {
    name: 'a practice example with only a lower age and no region',
    source: { collection: 'practice-examples', data: { publishedAt: '2026-12-31', themes: ['thuiszitters'], sectors: ['mbo'], ageMin: 16 } },
    facets: { thema: ['thuiszitters'], regio: [], onderwijstype: ['mbo'], leeftijd: ['12-18', '18-27'], soort: ['praktijkvoorbeelden'], jaar: ['2026'] },
  },
  {
    name: 'an expert piece, without ages or sectors',
    source: { collection: 'expert-pieces', data: { publishedAt: '2018-02-06', themes: ['bestuurlijke-samenwerking', 'collectieve-financiering'] } },
    facets: { thema: ['bestuurlijke-samenwerking', 'collectieve-financiering'], regio: [], onderwijstype: [], leeftijd: [], soort: ['experts'], jaar: ['2018'] },
  },
  {
    name: 'an event, by its publication year',
    source: { collection: 'events', data: { publishedAt: '2026-10-06', themes: ['collectieve-financiering'] } },
    facets: { thema: ['collectieve-financiering'], regio: [], onderwijstype: [], leeftijd: [], soort: ['agenda'], jaar: ['2026'] },
  },
  {
    name: 'a background page, without themes',
    source: { collection: 'pages', data: { publishedAt: '2017-05-30' } },
    facets: { thema: [], regio: [], onderwijstype: [], leeftijd: [], soort: ['achtergrond'], jaar: ['2017'] },
  },
] as const)('the filter values of $name', ({ source, facets }) => {
  it('are its themes, region, sectors, age bands, kind and year', () => {
    const data = { ...source.data } as Parameters<typeof facetsOf>[0]['data'];
    expect(facetsOf({ collection: source.collection, data })).toEqual(facets);
  });
});

describe('the labels of the filter values', () => {
  const labels = facetLabels();

  it.each([
    ['thema', 'bestuurlijke-samenwerking', 'Bestuurlijke samenwerking'],
    ['regio', 'utrecht-stad', 'Utrecht Stad'],
    ['onderwijstype', 'po', 'Primair onderwijs'],
    ['onderwijstype', 'vso', 'Voortgezet speciaal onderwijs'],
    ['leeftijd', '0-4', '0–4 jaar'],
    ['leeftijd', '18-27', '18–27 jaar'],
    ['soort', 'praktijkvoorbeelden', 'Praktijkvoorbeelden'],
    ['soort', 'experts', 'Expert aan het woord'],
    ['soort', 'achtergrond', 'Achtergrond'],
  ] as const)('label %s "%s" as "%s"', (filter, value, label) => {
    expect(labels[filter][value]).toBe(label);
  });

  it('label every kind and age band, and leave years to label themselves', () => {
    expect(Object.keys(labels.soort)).toEqual(['praktijkvoorbeelden', 'experts', 'verslagen', 'agenda', 'achtergrond']);
    expect(Object.keys(labels.leeftijd)).toEqual(['0-4', '4-12', '12-18', '18-27']);
    expect(labels.jaar).toEqual({});
  });
});

describe('the facets the contract declares', () => {
  const declared = COLLECTIONS.flatMap((c) => Object.entries(collectionFields[c]).filter(([, f]) => f.facet).map(([name, f]) => `${name} → ${f.facet}`));
  it('are filters of the search page, each fed by the fields that declare it', () => {
    expect([...new Set(declared)].sort()).toEqual(['ageMax → leeftijd', 'ageMin → leeftijd', 'publishedAt → jaar', 'region → regio', 'sectors → onderwijstype', 'themes → thema']);
    for (const entry of declared) expect(FILTERS).toContain(entry.split(' → ')[1]);
  });
});
