import { describe, expect, it } from 'vitest';
import { englishLeftovers } from './english-leftovers.ts';
import { nlTranslations } from './nl.ts';

/** Every string of a nested translations object, with its key path. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

describe('englishLeftovers', () => {
  it('finds English words as whole words only', () => {
    expect(englishLeftovers('Nieuw(e) Bestand aanmaken · Verwijder Upload · Time')).toEqual(['Upload', 'Time', 'Nieuw(e)']);
    expect(englishLeftovers('Uploaden, Tijdstip, Concepten, Opslaan')).toEqual([]);
  });

  it('finds none in our own Dutch for Payload and Lexical', () => {
    const found = strings(nlTranslations).flatMap(([key, text]) => englishLeftovers(text).map((word) => `${key}: ${word}`));
    expect(found).toEqual([]);
  });
});
