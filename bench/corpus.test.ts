import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../contract/index.ts';
import { createCorpus, random, rankWords, zipfSampler } from './corpus.ts';
import { generateContent } from './generate.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'schoolnabij-corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A hash over every generated file's name and text. */
function treeHash(contentDir: string): string {
  const dir = path.join(contentDir, 'practice-examples');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.startsWith('bench-')).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}

describe('the Zipf sampler', () => {
  it('draws rank r about (r + 1)^-1.1 as often as rank 0', () => {
    const draw = zipfSampler(50_000, 1.1, random(7));
    const counts = new Map<number, number>();
    for (let i = 0; i < 200_000; i++) {
      const r = draw();
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const at = (r: number) => counts.get(r) ?? 0;
    // Expected ratio rank 0 / rank 9: 10^1.1 = 12.6.
    expect(at(0) / at(9)).toBeGreaterThan(9);
    expect(at(0) / at(9)).toBeLessThan(17);
    const top10 = Array.from({ length: 10 }, (_, r) => at(r)).reduce((a, b) => a + b, 0);
    expect(top10 / 200_000).toBeGreaterThan(0.25);
    // A long tail: many ranks drawn once or twice.
    expect([...counts.values()].filter((c) => c <= 2).length).toBeGreaterThan(5_000);
  });
});

describe('the ranking of the word list', () => {
  it('puts the sample content’s frequent words first, then short words before long ones', () => {
    const words = ['aardappelschil', 'de', 'het', 'kat', 'onderwijsvernieuwing', 'zo', 'school', 'ui', 'zeer', 'leerlingvolgsysteem'];
    const ranks = rankWords(words, 1, ['het', 'het', 'het', 'school', 'school', 'de', 'niet-in-de-lijst']);
    expect(ranks.slice(0, 3)).toEqual(['het', 'school', 'de']);
    expect(new Set(ranks)).toEqual(new Set(words));
    const rest = ranks.slice(3);
    expect(rest.indexOf('ui')).toBeLessThan(rest.indexOf('onderwijsvernieuwing'));
    expect(rest.indexOf('zo')).toBeLessThan(rest.indexOf('leerlingvolgsysteem'));
  });
});

describe('the wdutch-zipf corpus', () => {
  it('draws common words often and rare words seldom, and is seeded', () => {
    const options = { name: 'wdutch-zipf' as const, seed: 3, contentDir: path.resolve('content'), places: ['Almere'] };
    const corpus = createCorpus(options);
    expect(corpus.ranks.length).toBeGreaterThan(300_000);
    const counts = new Map<string, number>();
    const draws = Array.from({ length: 100_000 }, () => corpus.word());
    for (const w of draws) counts.set(w, (counts.get(w) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // Zipf: the most frequent word far above the hundredth, a long tail of words seen once.
    expect(sorted[0]! / sorted[99]!).toBeGreaterThan(10);
    expect(sorted.filter((c) => c === 1).length / counts.size).toBeGreaterThan(0.4);
    // Zipf over the ranks: most draws from the first 100 ranks, few beyond rank 100,000.
    const rankOf = new Map(corpus.ranks.map((w, r) => [w, r]));
    const share = (test: (r: number) => boolean) => draws.filter((w) => rankOf.has(w) && test(rankOf.get(w)!)).length / draws.length;
    expect(share((r) => r < 100)).toBeGreaterThan(0.35);
    expect(share((r) => r >= 100_000)).toBeGreaterThan(0.01);
    expect(share((r) => r >= 100_000)).toBeLessThan(0.1);
    // The top ranks are real common Dutch, from the sample content.
    expect(corpus.ranks.slice(0, 10)).toEqual(expect.arrayContaining(['de', 'en']));
    expect(Array.from({ length: 50 }, createCorpus(options).word)).toEqual(draws.slice(0, 50));
  });
});

describe('generated content', () => {
  const small = generateContent(path.join(root, 'a'), 40);
  const large = generateContent(path.join(root, 'b'), 160);

  it('has more distinct words for more text, as real text has', () => {
    expect(small.corpus).toBe('wdutch-zipf');
    expect(small.distinctWords).toBeGreaterThan(2_000);
    expect(large.distinctWords).toBeGreaterThan(small.distinctWords * 2);
    const worst = generateContent(path.join(root, 'c'), 160, { corpus: 'words60' });
    // 60 words, plus the place and organisation names of titles and fact boxes.
    expect(worst.distinctWords).toBeLessThan(400);
  });

  it('is the same for the same seed and N, and different for another seed', () => {
    const again = generateContent(path.join(root, 'd'), 40);
    expect(treeHash(again.contentDir)).toBe(treeHash(small.contentDir));
    expect(again.queries).toEqual(small.queries);
    const other = generateContent(path.join(root, 'e'), 40, { seed: 1 });
    expect(treeHash(other.contentDir)).not.toBe(treeHash(small.contentDir));
  });

  it('passes the content contract (check:content)', () => {
    const check = checkContent(large.contentDir);
    expect(check.violations).toEqual([]);
    expect(check.documents.length).toBe(large.documents);
  });

  it('draws queries of every kind from what the text holds', () => {
    expect(large.queries).toHaveLength(45);
    const text = readdirSync(path.join(large.contentDir, 'practice-examples'))
      .filter((n) => n.startsWith('bench-'))
      .map((n) => readFileSync(path.join(large.contentDir, 'practice-examples', n), 'utf8'))
      .join('\n')
      .toLowerCase();
    for (const q of large.queries) expect(text, q).toContain(q.toLowerCase());
    // Places (municipalities of content/regions.yaml) and organisations among them.
    expect(large.queries).toEqual(expect.arrayContaining([expect.stringMatching(/^(Basisschool|Kindcentrum|Obs|Cbs|Sbo|Scholengemeenschap|Vmbo) /)]));
    const municipalities = checkContent(large.contentDir).regions.flatMap((r) => r.municipalities);
    expect(large.queries.filter((q) => municipalities.includes(q)).length).toBeGreaterThanOrEqual(9);
  });
});
