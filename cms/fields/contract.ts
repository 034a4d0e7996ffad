/**
 * Limits and choices taken from the content contract (contract/), so that the CMS never
 * keeps a second list of sectors, kinds, funding or statuses, nor its own text limits.
 */
import type { Option } from 'payload';
import { attachment, collectionSchemas, image, link, organisation, taxonomySchemas } from '../../contract/schema.ts';

type Sized = { maxLength: number | null };
type Wrapped = { unwrap(): unknown };

/** The maximum length of a text schema of the contract, optional or not. */
export function maxLengthOf(schema: unknown): number {
  let current = schema as Partial<Sized & Wrapped>;
  while (typeof current.maxLength !== 'number' && typeof current.unwrap === 'function') {
    current = current.unwrap() as Partial<Sized & Wrapped>;
  }
  if (typeof current.maxLength !== 'number') throw new Error('contract schema has no maximum length');
  return current.maxLength;
}

type Shape = Record<string, unknown>;
const shapeOf = (schema: unknown): Shape => (schema as { shape: Shape }).shape;
const element = (schema: unknown): unknown => {
  let current = schema as Partial<Wrapped> & { element?: unknown };
  while (current.element === undefined && typeof current.unwrap === 'function') current = current.unwrap() as typeof current;
  return current.element;
};

const practice = shapeOf(collectionSchemas['practice-examples']);
const expert = shapeOf(collectionSchemas['expert-pieces']);
const report = shapeOf(collectionSchemas['conference-reports']);
const event = shapeOf(collectionSchemas.events);

export const LIMITS = {
  title: maxLengthOf(practice.title),
  summary: maxLengthOf(practice.summary),
  municipality: maxLengthOf(element(practice.municipalities)),
  organisationName: maxLengthOf(shapeOf(organisation).name),
  linkTitle: maxLengthOf(shapeOf(link).title),
  attachmentTitle: maxLengthOf(shapeOf(attachment).title),
  quote: maxLengthOf(expert.quote),
  reportLocation: maxLengthOf(report.location),
  eventLocation: maxLengthOf(event.location),
  themeName: maxLengthOf(shapeOf(taxonomySchemas.themes).name),
  themeDescription: maxLengthOf(shapeOf(taxonomySchemas.themes).description),
  regionName: maxLengthOf(shapeOf(taxonomySchemas.regions).name),
  personName: maxLengthOf(shapeOf(taxonomySchemas.people).name),
  personRole: maxLengthOf(shapeOf(taxonomySchemas.people).role),
  personOrganisation: maxLengthOf(shapeOf(taxonomySchemas.people).organisation),
  imageAlt: maxLengthOf(shapeOf(image).alt),
} as const;

/** Select options with the contract's Dutch labels, in the contract's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
