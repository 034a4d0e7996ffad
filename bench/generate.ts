/**
 * Synthetic content for the benchmark: N practice examples of about 600 words, headings and
 * lists, every contract field filled with a plausible spread over themes, regions, sectors and
 * ages. The words come from a corpus (corpus.ts): "wdutch-zipf", realistic Dutch, or "words60",
 * the worst case for search. Deterministic: the same seed, N and corpus give the same files.
 * Written into a copy of the sample content/ (for its taxonomies and pages), never into content/.
 * Also returns the search queries for the corpus: common, middle and rare words, places and
 * organisations, drawn from what the text holds.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../contract/index.ts';
import { serializeDocument } from '../contract/serialize.ts';
import { FUNDING, ORGANISATION_KINDS, SECTORS, STATUSES } from '../contract/vocabulary.ts';
import { createCorpus, random, WORDS60_QUERIES, type CorpusName } from './corpus.ts';

const HEADINGS = ['Aanleiding', 'Aanpak', 'Wie doen mee', 'Wat werkt', 'Lessen', 'Vervolg', 'Resultaten'];
const SCHOOL_KINDS = ['Basisschool', 'Kindcentrum', 'Obs', 'Cbs', 'Sbo', 'Scholengemeenschap', 'Vmbo'];
const QUERIES_PER_KIND = 9;

export interface Generated {
  contentDir: string;
  documents: number;
  corpus: CorpusName;
  /** Distinct lower-case words over the titles, summaries and bodies of the generated documents. */
  distinctWords: number;
  /** Search queries, interleaved by kind (common, middle, rare, place, organisation). */
  queries: string[];
}

export interface GenerateOptions {
  seed?: number;
  corpus?: CorpusName;
  log?: (line: string) => void;
}

const capitalize = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;

export function generateContent(targetRoot: string, count: number, { seed = 20261123, corpus: corpusName = 'wdutch-zipf', log }: GenerateOptions = {}): Generated {
  const contentDir = path.join(targetRoot, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const sample = checkContent(contentDir);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const places = [...new Set(sample.regions.flatMap((r) => r.municipalities))].sort();
  const sampleOrganisations = [
    ...new Set(sample.documents.filter((d) => d.collection === 'practice-examples').flatMap((d) => (d.data.organisations as { name: string }[]).map((o) => o.name))),
  ];
  const corpus = createCorpus({ name: corpusName, seed, contentDir, places, log });
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => corpus.word());
    return `${capitalize(words.join(' '))}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 3) }, sentence).join(' ');

  const counts = new Map<string, number>();
  const usedPlaces = new Set<string>();
  const usedOrganisations = new Set<string>();
  mkdirSync(path.join(contentDir, 'practice-examples'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const region = pick(sample.regions);
    const ageMin = Math.floor(rand() * 14);
    const place = pick(region.municipalities);
    const body: string[] = [];
    for (const heading of some(HEADINGS, 4).slice(0, 4)) {
      body.push(`## ${heading}`, '', paragraph(), '', paragraph(), '');
      if (rand() < 0.5) body.push(...Array.from({ length: 3 }, () => `- ${sentence()}`), '');
    }
    const school = corpusName === 'words60' ? `Basisschool ${corpus.word()} ${i}` : `${pick(SCHOOL_KINDS)} ${capitalize(corpus.ranked(300, 30000))}`;
    const partner = rand() < 0.3 ? pick(sampleOrganisations) : `Jeugdhulp ${place}`;
    const frontmatter = {
      title: `${place}: ${sentence().slice(0, 60).trim().replace(/\.$/, '')} (${i + 1})`,
      summary: sentence(),
      publishedAt: `${2017 + Math.floor(rand() * 10)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      themes: some(sample.themes.map((t) => t.slug), 3),
      sectors: some(SECTORS, 2),
      ageMin,
      ageMax: ageMin + Math.floor(rand() * 8),
      region: region.slug,
      municipalities: [place],
      organisations: [
        { name: school, kind: 'school' },
        { name: partner, kind: pick(ORGANISATION_KINDS) },
      ],
      funding: pick(FUNDING),
      status: pick(STATUSES),
      contact: pick(sample.people).slug,
    };
    usedPlaces.add(place);
    usedOrganisations.add(school).add(partner);
    const text = `${frontmatter.title} ${frontmatter.summary} ${body.join(' ')}`.toLowerCase();
    for (const w of text.match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    writeFileSync(path.join(contentDir, 'practice-examples', `bench-${String(i + 1).padStart(5, '0')}.mdx`), serializeDocument('practice-examples', frontmatter, body.join('\n')));
  }

  let queries = WORDS60_QUERIES;
  if (corpusName !== 'words60') {
    const draw = (list: readonly string[]) => {
      const pool = [...list];
      return Array.from({ length: Math.min(QUERIES_PER_KIND, pool.length) }, () => pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
    };
    const present = (from: number, to: number) => corpus.ranks.slice(from, to).filter((w) => counts.has(w));
    const rare = corpus.ranks.filter((w) => {
      const n = counts.get(w);
      return n !== undefined && n <= 2;
    });
    const kinds = [present(0, 200), present(2000, 30000), rare, [...usedPlaces], [...usedOrganisations]].map(draw);
    queries = Array.from({ length: QUERIES_PER_KIND }, (_, i) => kinds.map((k) => k[i]).filter((q) => q !== undefined)).flat();
  }
  return { contentDir, documents: sample.documents.length + count, corpus: corpusName, distinctWords: counts.size, queries };
}
