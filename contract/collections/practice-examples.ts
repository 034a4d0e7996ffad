/** content/practice-examples/<slug>.mdx: how a school and youth care work together. */
import {
  AGE_MAX,
  AGE_MIN,
  FUNDING,
  FUNDING_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  SECTOR_LABELS,
  SECTORS,
  STATUS_LABELS,
  STATUSES,
} from '../vocabulary.ts';
import { choice, group, integer, list, objectSchema, optional, reference, text, url } from '../field.ts';
import { articleFields } from './article.ts';

export const MUNICIPALITY_MAX = 100;
export const ORGANISATION_NAME_MAX = 200;

export const organisationFields = {
  name: text(ORGANISATION_NAME_MAX, { label: 'Naam', help: 'De naam van de organisatie.', doc: 'The name of the organisation. Required.' }),
  kind: choice(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, 'kind of organisation', {
    label: 'Soort',
    help: 'Wat voor organisatie het is.',
    doc: `What the organisation is: ${ORGANISATION_KINDS.join(', ')}. Required.`,
  }),
  url: optional(url({ label: 'Website', help: 'Optioneel: begint met http:// of https://.', doc: 'Its website, http(s). Optional.' })),
};

export const practiceExampleFields = {
  ...articleFields,
  sectors: list(choice(SECTORS, SECTOR_LABELS, 'school type'), {
    min: 1,
    minMessage: `expected at least one of ${SECTORS.join(', ')}`,
    label: 'Onderwijstypen',
    help: 'Kies minstens één onderwijstype of de kinderopvang.',
    doc: `School types: ${SECTORS.join(', ')}; at least one. The search filter "onderwijstype".`,
    facet: 'onderwijstype',
  }),
  ageMin: optional(
    integer(AGE_MIN, AGE_MAX, {
      label: 'Leeftijd vanaf',
      help: `Optioneel: jongste leeftijd (${AGE_MIN}–${AGE_MAX} jaar).`,
      doc: `The youngest age, ${AGE_MIN}–${AGE_MAX}; with ageMax the search filter "leeftijd". Optional.`,
      facet: 'leeftijd',
    }),
  ),
  ageMax: optional(
    integer(AGE_MIN, AGE_MAX, {
      label: 'Leeftijd tot en met',
      help: `Optioneel: oudste leeftijd (${AGE_MIN}–${AGE_MAX} jaar).`,
      doc: `The oldest age, ${AGE_MIN}–${AGE_MAX}, at least ageMin. Optional.`,
      facet: 'leeftijd',
    }),
  ),
  region: optional(
    reference('regions', {
      label: 'Regio',
      help: 'Optioneel: de jeugdhulpregio.',
      doc: 'A slug of content/regions.yaml. The search filter "regio". Optional.',
      facet: 'regio',
    }),
  ),
  municipalities: optional(
    list(text(MUNICIPALITY_MAX), {
      label: 'Gemeenten',
      help: 'Optioneel: de gemeenten waar het voorbeeld speelt, bij voorkeur uit de lijst van de regio.',
      doc: "Municipalities where it takes place, preferably from the region's list. Optional.",
    }),
  ),
  organisations: list(group(organisationFields, { label: 'Organisatie' }), {
    min: 1,
    minMessage: 'expected at least one organisation',
    label: 'Organisaties',
    help: 'Minstens één organisatie die meedoet.',
    doc: 'The organisations taking part, each { name, kind, url? }; at least one.',
  }),
  funding: optional(
    choice(FUNDING, FUNDING_LABELS, 'way of funding', {
      label: 'Financiering',
      help: 'Optioneel: hoe de samenwerking wordt betaald.',
      doc: `How it is paid for: ${FUNDING.join(', ')}. Optional.`,
    }),
  ),
  status: optional(
    choice(STATUSES, STATUS_LABELS, 'status', {
      label: 'Stand van zaken',
      help: 'Optioneel: pilot, lopend of afgerond.',
      doc: `Where it stands: ${STATUSES.join(', ')}. Optional.`,
    }),
  ),
  contact: optional(
    reference('people', {
      label: 'Contactpersoon',
      help: 'Optioneel: wie lezers kunnen benaderen.',
      doc: 'A slug of content/people.yaml: whom readers can approach. Optional.',
    }),
  ),
  website: optional(
    url({
      label: 'Projectwebsite',
      help: 'Optioneel: de eigen website van het project, begint met http:// of https://.',
      doc: "The project's own website, http(s). Optional.",
    }),
  ),
};

export const practiceExample = objectSchema(practiceExampleFields).superRefine(
  (data, ctx) => {
    const { ageMin, ageMax } = data as { ageMin?: unknown; ageMax?: unknown };
    if (typeof ageMin === 'number' && typeof ageMax === 'number' && ageMin > ageMax) {
      ctx.addIssue({ code: 'custom', path: ['ageMax'], message: `must be at least ageMin (${ageMin}), got ${ageMax}` });
    }
  },
  // Run even when other fields are invalid, so that all violations are reported together.
  { when: () => true },
);
