import type { Field, NumberFieldSingleValidation } from 'payload';
import { number } from 'payload/shared';
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
} from '../../contract/vocabulary.ts';
import { LIMITS, optionsOf } from '../fields/contract.ts';
import { httpUrlText } from '../fields/validators.ts';
import { articleCollection } from './article-collection.ts';

const wholeAge = (value: unknown): true | string =>
  value === undefined || value === null || Number.isInteger(value)
    ? true
    : `Vul een heel getal in van ${AGE_MIN} tot en met ${AGE_MAX}.`;

const fields: Field[] = [
  {
    name: 'sectors',
    type: 'select',
    hasMany: true,
    required: true,
    label: 'Onderwijstypen',
    options: optionsOf(SECTORS, SECTOR_LABELS),
    admin: { description: 'Kies minstens één onderwijstype of de kinderopvang.' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'ageMin',
        type: 'number',
        label: 'Leeftijd vanaf',
        min: AGE_MIN,
        max: AGE_MAX,
        admin: { step: 1, description: `Optioneel: jongste leeftijd (${AGE_MIN}–${AGE_MAX} jaar).` },
        validate: ((value, options) => {
          const base = number(value, options);
          return base === true ? wholeAge(value) : base;
        }) satisfies NumberFieldSingleValidation,
      },
      {
        name: 'ageMax',
        type: 'number',
        label: 'Leeftijd tot en met',
        min: AGE_MIN,
        max: AGE_MAX,
        admin: { step: 1, description: `Optioneel: oudste leeftijd (${AGE_MIN}–${AGE_MAX} jaar).` },
        validate: ((value, options) => {
          const base = number(value, options);
          if (base !== true) return base;
          const whole = wholeAge(value);
          if (whole !== true) return whole;
          const ageMin = (options.siblingData as { ageMin?: unknown }).ageMin;
          if (typeof value === 'number' && typeof ageMin === 'number' && ageMin > value) {
            return `De leeftijd tot en met moet minstens de leeftijd vanaf (${ageMin}) zijn.`;
          }
          return true;
        }) satisfies NumberFieldSingleValidation,
      },
    ],
  },
  {
    name: 'region',
    type: 'relationship',
    relationTo: 'regions',
    label: 'Regio',
    admin: { description: 'Optioneel: de jeugdhulpregio.' },
  },
  {
    name: 'municipalities',
    type: 'text',
    hasMany: true,
    label: 'Gemeenten',
    maxLength: LIMITS.municipality,
    admin: { description: 'Optioneel: de gemeenten waar het voorbeeld speelt, bij voorkeur uit de lijst van de regio.' },
  },
  {
    name: 'organisations',
    type: 'array',
    label: 'Organisaties',
    labels: { singular: 'Organisatie', plural: 'Organisaties' },
    required: true,
    minRows: 1,
    admin: { description: 'Minstens één organisatie die meedoet.' },
    fields: [
      {
        name: 'name',
        type: 'text',
        label: 'Naam',
        required: true,
        maxLength: LIMITS.organisationName,
        admin: { description: 'De naam van de organisatie.' },
      },
      {
        name: 'kind',
        type: 'select',
        label: 'Soort',
        required: true,
        options: optionsOf(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS),
        admin: { description: 'Wat voor organisatie het is.' },
      },
      {
        name: 'url',
        type: 'text',
        label: 'Website',
        admin: { description: 'Optioneel: begint met http:// of https://.' },
        validate: httpUrlText,
      },
    ],
  },
  {
    name: 'funding',
    type: 'select',
    label: 'Financiering',
    options: optionsOf(FUNDING, FUNDING_LABELS),
    admin: { description: 'Optioneel: hoe de samenwerking wordt betaald.' },
  },
  {
    name: 'status',
    type: 'select',
    label: 'Stand van zaken',
    options: optionsOf(STATUSES, STATUS_LABELS),
    admin: { description: 'Optioneel: pilot, lopend of afgerond.' },
  },
  {
    name: 'contact',
    type: 'relationship',
    relationTo: 'people',
    label: 'Contactpersoon',
    admin: { description: 'Optioneel: wie lezers kunnen benaderen.' },
  },
];

export const PracticeExamples = articleCollection('practice-examples', fields, {
  description: 'Hoe een school en jeugdhulp samenwerken: wie, voor wie en wat werkte.',
});
