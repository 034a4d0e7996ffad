/**
 * Synthetic but realistic content for the benchmark: N practice examples with Dutch-like text of
 * about 600 words, headings and lists, every contract field filled with a plausible spread over
 * themes, regions, sectors and ages. Deterministic: the same seed and N give the same files.
 * Written into a copy of the sample content/ (for its taxonomies and pages), never into content/.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../contract/index.ts';
import { serializeDocument } from '../contract/serialize.ts';
import { FUNDING, ORGANISATION_KINDS, SECTORS, STATUSES } from '../contract/vocabulary.ts';

/** mulberry32: a small, well-known seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'school leerling leerkracht ouders jeugdhulp gemeente samenwerking ondersteuning klas team aanpak zorg ' +
  'begeleiding intern begeleider jeugdverpleegkundige wijkteam overleg afspraken vertrouwen signalering ' +
  'preventie thuiszitter verzuim passend onderwijs samenwerkingsverband arrangement groep gezin kind jongere ' +
  'pedagogisch klimaat mentor zorgcoördinator schoolmaatschappelijk werk wachtlijst drempel inzet financiering ' +
  'collectief individueel pilot evaluatie resultaat regio bestuurder wethouder professional expertise gesprek'
).split(' ');
const HEADINGS = ['Aanleiding', 'Aanpak', 'Wie doen mee', 'Wat werkt', 'Lessen', 'Vervolg', 'Resultaten'];
const PLACES = ['Almere', 'Dronten', 'Utrecht', 'Zoetermeer', 'Nijmegen', 'Enschede', 'Rotterdam', 'Wageningen', 'Ede', 'Tilburg'];

export interface Generated {
  contentDir: string;
  documents: number;
}

export function generateContent(targetRoot: string, count: number, seed = 20261123): Generated {
  const contentDir = path.join(targetRoot, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const sample = checkContent(contentDir);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 3) }, sentence).join(' ');

  mkdirSync(path.join(contentDir, 'practice-examples'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const region = pick(sample.regions);
    const ageMin = Math.floor(rand() * 14);
    const place = pick(PLACES);
    const body: string[] = [];
    for (const heading of some(HEADINGS, 4).slice(0, 4)) {
      body.push(`## ${heading}`, '', paragraph(), '', paragraph(), '');
      if (rand() < 0.5) body.push(...Array.from({ length: 3 }, () => `- ${sentence()}`), '');
    }
    const frontmatter = {
      title: `${place}: ${sentence().slice(0, 60).replace(/\.$/, '')} (${i + 1})`,
      summary: sentence(),
      publishedAt: `${2017 + Math.floor(rand() * 10)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      themes: some(sample.themes.map((t) => t.slug), 3),
      sectors: some(SECTORS, 2),
      ageMin,
      ageMax: ageMin + Math.floor(rand() * 8),
      region: region.slug,
      municipalities: [pick(region.municipalities)],
      organisations: [
        { name: `Basisschool ${pick(WORDS)} ${i}`, kind: 'school' },
        { name: `Jeugdhulp ${place}`, kind: pick(ORGANISATION_KINDS) },
      ],
      funding: pick(FUNDING),
      status: pick(STATUSES),
      contact: pick(sample.people).slug,
    };
    writeFileSync(path.join(contentDir, 'practice-examples', `bench-${String(i + 1).padStart(5, '0')}.mdx`), serializeDocument('practice-examples', frontmatter, body.join('\n')));
  }
  return { contentDir, documents: sample.documents.length + count };
}
