/**
 * Why a site build failed, in words an editor understands: which document and which field are to
 * blame when the contract names one (its violations read "file: field: message"), which page a
 * broken link points to, or that the build itself failed. The technical text stays in the job
 * and the server log.
 */
import { COLLECTION_INFO, COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import type { Violation } from '../../contract/violations.ts';
import { fieldLabel } from './field-label.ts';

/** A field of a document that made the build fail. */
export interface Blame {
  collection: Collection;
  slug: string;
  /** The contract's field path, for example ageMin or links.0.url. */
  field: string;
  /** The Dutch name of that field in the CMS. */
  label: string;
  /** What is wrong, in Dutch: "moet een heel getal van 0 tot en met 27 zijn (nu 99)". */
  problem: string;
}

export interface BuildFailure {
  /** One or two Dutch sentences for Sitebouw and for documents that are not to blame. */
  message: string;
  blame: Blame[];
}

/** How a document is named in a sentence about itself. */
export const THIS_DOCUMENT: Record<Collection, string> = {
  'practice-examples': 'dit praktijkvoorbeeld',
  'expert-pieces': 'dit expertstuk',
  'conference-reports': 'dit verslag',
  events: 'dit agendapunt',
  pages: 'deze pagina',
};

/** The contract's messages, by their form, in Dutch; anything else gets the general sentence. */
const PROBLEMS: [RegExp, (...groups: string[]) => string][] = [
  [/^expected a whole number from (\d+) to (\d+), got (.+)$/, (min, max, got) => `moet een heel getal van ${min} tot en met ${max} zijn (nu ${got})`],
  [/^must be at most (\d+) characters, got (\d+)$/, (max, got) => `mag hoogstens ${max} tekens lang zijn (nu ${got})`],
  [/^must be at least (\w+) \((\d+)\), got (.+)$/, (_, min, got) => `moet minstens ${min} zijn (nu ${got})`],
  [/^"[^"]*" does not exist/, () => 'verwijst naar een document dat niet (meer) gepubliceerd is'],
  [/^"[^"]*" is not an? (theme|region|person|event)\b/, () => 'verwijst naar iets dat niet (meer) bestaat'],
  [/^file not found/, () => 'verwijst naar een bestand dat ontbreekt'],
  [/^is required$/, () => 'is verplicht maar leeg'],
  [/^expected an http\(s\) URL/, () => 'moet een webadres zijn dat begint met http:// of https://'],
];

function dutchProblem(message: string): string {
  for (const [form, say] of PROBLEMS) {
    const match = form.exec(message);
    if (match) return say(...match.slice(1));
  }
  return 'heeft een waarde die de site niet accepteert';
}

const DOCUMENT_FILE = new RegExp(`(?:^|/)(${COLLECTIONS.join('|')})/([a-z0-9-]+)\\.mdx$`);
const VIOLATION_LINE = /^\s*(\S+\.mdx): ([\w.]+): (.+)$/;
const BROKEN_LINK = /: broken link (\S+)/;

/** The contract's violations in an error: its own list, or lines of the form "file: field: message". */
function violationsOf(error: unknown): Violation[] {
  const listed = (error as { violations?: Violation[] })?.violations;
  if (Array.isArray(listed)) return listed;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').flatMap((line) => {
    const match = VIOLATION_LINE.exec(line);
    return match ? [{ file: match[1]!, field: match[2]!, message: match[3]! }] : [];
  });
}

export function blameOf(error: unknown): Blame[] {
  return violationsOf(error).flatMap(({ file, field, message }) => {
    const match = DOCUMENT_FILE.exec(file);
    if (!match) return [];
    const collection = match[1] as Collection;
    return [{ collection, slug: match[2]!, field, label: fieldLabel(collection, field), problem: dutchProblem(message) }];
  });
}

/** 'het veld „Leeftijd vanaf" (van dit praktijkvoorbeeld) moet …' */
export const fieldSentence = (b: Blame, owner?: string) => `het veld „${b.label}"${owner ? ` van ${owner}` : ''} ${b.problem}`;

/**
 * The reason a person understands. titleOf names another document by its title (the slug when it
 * has none).
 */
export async function explainFailure(error: unknown, titleOf: (collection: Collection, slug: string) => Promise<string | undefined>): Promise<BuildFailure> {
  const blame = blameOf(error);
  if (blame.length) {
    const first = blame[0]!;
    const title = (await titleOf(first.collection, first.slug)) ?? first.slug;
    const more = blame.length > 1 ? ` (en nog ${blame.length - 1} ${blame.length === 2 ? 'fout' : 'fouten'})` : '';
    return {
      blame,
      message: `${COLLECTION_INFO[first.collection].label} „${title}": ${fieldSentence(first)}${more}. Pas dat aan en publiceer opnieuw; daarna wordt de website weer bijgewerkt.`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  const links = [...new Set(text.split('\n').flatMap((line) => BROKEN_LINK.exec(line)?.[1] ?? []))];
  if (links.length) {
    return {
      blame,
      message: `de website bevat links naar een pagina die niet (meer) bestaat: ${links.slice(0, 3).join(', ')}${links.length > 3 ? ', …' : ''}. Publiceer die pagina opnieuw of haal de links weg.`,
    };
  }
  if (/deploy hook/.test(text)) {
    return { blame, message: 'de hostingdienst nam de nieuwe versie van de website niet aan. Bij de volgende publicatie wordt het opnieuw geprobeerd; blijft het misgaan, meld het dan aan een beheerder.' };
  }
  return { blame, message: 'de website kon niet worden gebouwd. De technische details staan in het serverlog; meld het aan een beheerder als het blijft misgaan.' };
}
