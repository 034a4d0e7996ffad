import { describe, expect, it } from 'vitest';
import { englishLeftovers } from './english-leftovers.ts';

describe('englishLeftovers', () => {
  it('finds English words as whole words only', () => {
    expect(englishLeftovers('Nieuw(e) Bestand aanmaken · Verwijder Upload · Time')).toEqual(['Upload', 'Time', 'Nieuw(e)']);
    expect(englishLeftovers('Uploaden, Tijdstip, Concepten, Opslaan')).toEqual([]);
  });
});
