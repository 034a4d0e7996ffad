import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandKeys } from './vocabulary.ts';

describe('the age bands of the search filter "leeftijd"', () => {
  it('are 0–3, 4–11, 12–17 and 18–27, with Dutch labels', () => {
    expect(AGE_BANDS.map((b) => [b.key, b.min, b.max, b.label])).toEqual([
      ['0-4', 0, 3, '0–4 jaar'],
      ['4-12', 4, 11, '4–12 jaar'],
      ['12-18', 12, 17, '12–18 jaar'],
      ['18-27', 18, 27, '18–27 jaar'],
    ]);
  });
});

// An example falls in every band its ages touch; the expected keys are written out by hand.
describe.each([
  { ageMin: 0, ageMax: 0, bands: ['0-4'] },
  { ageMin: 3, ageMax: 3, bands: ['0-4'] },
  { ageMin: 4, ageMax: 4, bands: ['4-12'] },
  { ageMin: 3, ageMax: 4, bands: ['0-4', '4-12'] },
  { ageMin: 8, ageMax: 8, bands: ['4-12'] },
  { ageMin: 11, ageMax: 11, bands: ['4-12'] },
  { ageMin: 12, ageMax: 12, bands: ['12-18'] },
  { ageMin: 11, ageMax: 12, bands: ['4-12', '12-18'] },
  { ageMin: 17, ageMax: 17, bands: ['12-18'] },
  { ageMin: 18, ageMax: 18, bands: ['18-27'] },
  { ageMin: 17, ageMax: 18, bands: ['12-18', '18-27'] },
  { ageMin: 27, ageMax: 27, bands: ['18-27'] },
  { ageMin: 0, ageMax: 27, bands: ['0-4', '4-12', '12-18', '18-27'] },
  { ageMin: 4, ageMax: 16, bands: ['4-12', '12-18'] },
  // Only a lower limit: up to 27.
  { ageMin: 0, ageMax: undefined, bands: ['0-4', '4-12', '12-18', '18-27'] },
  { ageMin: 12, ageMax: undefined, bands: ['12-18', '18-27'] },
  { ageMin: 18, ageMax: undefined, bands: ['18-27'] },
  { ageMin: 27, ageMax: undefined, bands: ['18-27'] },
  // Only an upper limit: from 0.
  { ageMin: undefined, ageMax: 3, bands: ['0-4'] },
  { ageMin: undefined, ageMax: 4, bands: ['0-4', '4-12'] },
  { ageMin: undefined, ageMax: 27, bands: ['0-4', '4-12', '12-18', '18-27'] },
  // Neither: no band at all, not every band.
  { ageMin: undefined, ageMax: undefined, bands: [] },
])('ages $ageMin to $ageMax', ({ ageMin, ageMax, bands }) => {
  it(`fall in ${bands.length ? bands.join(', ') : 'no band'}`, () => {
    expect(ageBandKeys(ageMin, ageMax)).toEqual(bands);
  });
});
