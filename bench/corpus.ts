/**
 * The words of the benchmark's generated text. Two corpora:
 *
 * - "wdutch-zipf" (the realistic one): Debian's Dutch word list (package wdutch,
 *   /usr/share/dict/nederlands, about 400,000 words) drawn with a Zipf distribution over word
 *   ranks, mixed with the words of the sample content/ (drawn as often as they occur there) and
 *   with place names. The list is alphabetical, so ranks come from a seeded shuffle that favours
 *   short words: a word's key is its length plus seeded noise (0 to 6 letters), sorted ascending,
 *   so that the frequent ranks hold mostly short words, as in real Dutch ("de", "en", "op"),
 *   with longer words spread over the whole range. The Zipf exponent is 1.1. As in real text, the
 *   number of distinct words grows with the amount of text (Heaps' law).
 * - "words60" (the worst case for search): the 60 words the benchmark used first, uniformly;
 *   every query word is in nearly every document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMdx } from '../contract/index.ts';
import { ensureDebianPackage } from './debian.ts';

export type CorpusName = 'wdutch-zipf' | 'words60';
export const CORPORA: readonly CorpusName[] = ['wdutch-zipf', 'words60'];
export const WORD_LIST = '/usr/share/dict/nederlands';
export const ZIPF_EXPONENT = 1.1;
/** Of every 100 words of text: from the word list, from the sample content, place names. */
const MIX = { list: 0.72, sample: 0.25 };

/** mulberry32: a small, well-known seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORDS60 = (
  'school leerling leerkracht ouders jeugdhulp gemeente samenwerking ondersteuning klas team aanpak zorg ' +
  'begeleiding intern begeleider jeugdverpleegkundige wijkteam overleg afspraken vertrouwen signalering ' +
  'preventie thuiszitter verzuim passend onderwijs samenwerkingsverband arrangement groep gezin kind jongere ' +
  'pedagogisch klimaat mentor zorgcoördinator schoolmaatschappelijk werk wachtlijst drempel inzet financiering ' +
  'collectief individueel pilot evaluatie resultaat regio bestuurder wethouder professional expertise gesprek'
).split(' ');

/** The queries of the first benchmark, for the words60 corpus. */
export const WORDS60_QUERIES = (
  'school jeugdhulp ouders gemeente leerkracht thuiszitters passend onderwijs almere utrecht nijmegen rotterdam ' +
  'zoetermeer enschede wageningen dronten ede tilburg arrangement financiering collectief preventie mbo sbo ' +
  'kinderopvang samenwerkingsverband wijkteam leerplicht zorgcoördinator mentor verzuim pilot evaluatie regio ' +
  'bestuurder wethouder signalering wachtlijst drempel expertise gesprek klimaat jongere gezin begeleiding team aanpak'
).split(' ');

/** Installs wdutch if needed; returns the word list's path or throws saying how to get it. */
export function ensureWordList(log: (line: string) => void): string {
  if (ensureDebianPackage('wdutch', () => existsSync(WORD_LIST), log)) return WORD_LIST;
  throw new Error(
    `bench: the Dutch word list ${WORD_LIST} is missing and could not be installed` +
      `${process.getuid?.() === 0 ? ' (apt-get install -y wdutch failed: is the Debian archive reachable?)' : ' (not running as root)'}. ` +
      'Install it with `apt-get install -y wdutch`.',
  );
}

/** The plain lower-case words of the list: no names, abbreviations, digits, hyphens or apostrophes. */
export function loadWordList(file = WORD_LIST): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((w) => /^[a-zà-öø-ÿ]{2,20}$/u.test(w));
}

/**
 * The ranking described above: the list's words that `frequent` holds (text, a word as often as
 * it occurs), most frequent first; then the others, short words first with seeded noise.
 */
export function rankWords(words: readonly string[], seed: number, frequent: readonly string[] = []): string[] {
  const inList = new Set(words);
  const counts = new Map<string, number>();
  for (const w of frequent) if (inList.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const rand = random(seed);
  const keys = words.filter((w) => !counts.has(w)).map((w, i) => ({ w, key: w.length + rand() * 6, i }));
  keys.sort((a, b) => a.key - b.key || a.i - b.i);
  return [...top, ...keys.map((k) => k.w)];
}

/** Draws ranks 0..size-1 with P(rank r) proportional to 1 / (r + 1)^exponent. */
export function zipfSampler(size: number, exponent: number, rand: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cdf[r] = sum += 1 / (r + 1) ** exponent;
  return () => {
    const target = rand() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Every word of the sample content's bodies, titles and summaries, as often as it occurs. */
export function sampleWords(contentDir: string): string[] {
  const words: string[] = [];
  for (const kind of readdirSync(contentDir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const name of readdirSync(path.join(contentDir, kind.name))) {
      if (!name.endsWith('.mdx') || name.startsWith('bench-')) continue;
      const { frontmatter, body } = parseMdx(readFileSync(path.join(contentDir, kind.name, name), 'utf8'));
      const data = frontmatter as { title?: string; summary?: string };
      const text = `${data.title ?? ''} ${data.summary ?? ''} ${body.replace(/<[^>]*>|\]\([^)]*\)|https?:\S+/g, ' ')}`;
      for (const w of text.toLowerCase().match(/\p{L}{2,}/gu) ?? []) words.push(w);
    }
  }
  return words;
}

export interface Corpus {
  name: CorpusName;
  /** The next word of running text, lower case (place names keep their capitals). */
  word(): string;
  /** A word of the list at a rank in [from, to) (for names and queries). */
  ranked(from: number, to: number): string;
  /** The list's words by rank (empty for words60). */
  ranks: readonly string[];
}

export interface CorpusOptions {
  name: CorpusName;
  seed: number;
  contentDir: string;
  /** Place names that running text mentions now and then. */
  places: readonly string[];
  log?: (line: string) => void;
}

export function createCorpus({ name, seed, contentDir, places, log = () => {} }: CorpusOptions): Corpus {
  const rand = random(seed ^ 0x5eed);
  if (name === 'words60') {
    return { name, word: () => WORDS60[Math.floor(rand() * WORDS60.length)]!, ranked: () => WORDS60[Math.floor(rand() * WORDS60.length)]!, ranks: [] };
  }
  const sample = sampleWords(contentDir);
  const ranks = rankWords(loadWordList(ensureWordList(log)), seed, sample);
  const zipf = zipfSampler(ranks.length, ZIPF_EXPONENT, rand);
  return {
    name,
    ranks,
    word: () => {
      const r = rand();
      if (r < MIX.list) return ranks[zipf()]!;
      if (r < MIX.list + MIX.sample) return sample[Math.floor(rand() * sample.length)]!;
      return places[Math.floor(rand() * places.length)]!;
    },
    ranked: (from, to) => ranks[Math.min(ranks.length - 1, from + Math.floor(rand() * (to - from)))]!,
  };
}
