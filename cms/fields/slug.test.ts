import { describe, expect, it } from 'vitest';
import { isSlug } from '../../contract/schema.ts';
import { toSlug } from './slug.ts';
import { httpUrl, slugFormat } from './validators.ts';

describe('toSlug', () => {
  it.each([
    ['Goed is goed genoeg', 'goed-is-goed-genoeg'],
    ['Samen sterk in Zeewolde & Almere!', 'samen-sterk-in-zeewolde-en-almere'],
    ['Café “De Brug”: één loket', 'cafe-de-brug-een-loket'],
    ['  Jeugdhulp -- op  school  ', 'jeugdhulp-op-school'],
    ['Onderwijs-zorgarrangement 2026/2027', 'onderwijs-zorgarrangement-2026-2027'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
    expect(isSlug(toSlug(title))).toBe(true);
  });
});

describe('validators', () => {
  it('accepts http(s) URLs only', () => {
    expect(httpUrl('https://www.voorbeeld.nl/')).toBe(true);
    expect(httpUrl('http://voorbeeld.nl/pad?x=1')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://x.nl/', 'www.voorbeeld.nl', 'mailto:a@b.nl']) {
      expect(httpUrl(bad)).toMatch(/http:\/\/ of https:\/\//);
    }
  });

  it('accepts contract slugs only', () => {
    expect(slugFormat('goed-is-goed-genoeg')).toBe(true);
    for (const bad of ['Goed', 'goed--genoeg', '-goed', 'goed_genoeg', 'goed genoeg', '']) expect(slugFormat(bad)).not.toBe(true);
  });

});
