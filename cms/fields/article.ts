/**
 * The fields every article collection and pages share, named as in the content contract.
 */
import type { Field, TextFieldManyValidation } from 'payload';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import { bodyField } from './body.ts';
import { LIMITS } from './contract.ts';
import { slugField } from './slug.ts';
import { httpUrlText, sitePaths } from './validators.ts';
import { text } from 'payload/shared';

export function articleFields(options: { themesRequired: boolean; reservedSlugs?: readonly string[] }): Field[] {
  return [
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      required: true,
      maxLength: LIMITS.title,
      admin: { description: `De titel boven het artikel en in overzichten (maximaal ${LIMITS.title} tekens).` },
    },
    slugField({ reserved: options.reservedSlugs }),
    {
      name: 'summary',
      type: 'textarea',
      label: 'Samenvatting',
      required: true,
      maxLength: LIMITS.summary,
      admin: {
        description: `Korte samenvatting voor overzichten, zoekmachines, feeds en de nieuwsbrief (maximaal ${LIMITS.summary} tekens).`,
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Publicatiedatum',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' },
        description: 'De datum die bij het artikel staat.',
      },
    },
    {
      // The contract's `updatedAt`: the date editors state a material revision, not Payload's
      // own timestamp of the last save (which changes on every autosave).
      name: 'revisedAt',
      type: 'date',
      label: 'Bijgewerkt op',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' },
        description: 'Optioneel: de datum van een inhoudelijke herziening, zichtbaar bij het artikel.',
      },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: "Thema's",
      required: options.themesRequired,
      minRows: options.themesRequired ? 1 : undefined,
      admin: {
        description: options.themesRequired
          ? 'Kies minstens één thema.'
          : "Optioneel: de thema's waar deze pagina bij hoort.",
      },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: 'Afbeelding',
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Optioneel: de hoofdafbeelding. De alternatieve tekst komt van de afbeelding in Media.' },
    },
    bodyField,
    {
      name: 'attachments',
      type: 'array',
      label: 'Bijlagen',
      labels: { singular: 'Bijlage', plural: 'Bijlagen' },
      admin: { description: 'Optioneel: bestanden om te downloaden, zoals een PDF of presentatie.' },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: 'Titel',
          required: true,
          maxLength: LIMITS.attachmentTitle,
          admin: { description: 'De linktekst van de bijlage.' },
        },
        {
          name: 'src',
          type: 'upload',
          relationTo: 'media',
          label: 'Bestand',
          required: true,
          admin: { description: 'Het bestand uit Media (PDF, PowerPoint of afbeelding).' },
        },
      ],
    },
    {
      name: 'links',
      type: 'array',
      label: 'Links',
      labels: { singular: 'Link', plural: 'Links' },
      admin: { description: 'Optioneel: verwijzingen naar andere websites.' },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: 'Titel',
          required: true,
          maxLength: LIMITS.linkTitle,
          admin: { description: 'De linktekst.' },
        },
        {
          name: 'url',
          type: 'text',
          label: 'Webadres',
          required: true,
          admin: { description: 'Begint met http:// of https://.' },
          validate: httpUrlText,
        },
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: [...COLLECTIONS],
      hasMany: true,
      label: 'Gerelateerd',
      admin: { description: 'Optioneel: andere artikelen of pagina’s die onder dit artikel worden getoond.' },
    },
    {
      name: 'redirectFrom',
      type: 'text',
      hasMany: true,
      label: 'Oude webadressen',
      validate: ((value, options) => {
        const base = text(value as never, options as never);
        return base === true ? sitePaths(value) : base;
      }) satisfies TextFieldManyValidation,
      admin: {
        position: 'sidebar',
        description:
          'Eerdere paden van dit artikel, bijvoorbeeld /praktijkvoorbeelden/oude-naam/. Wordt automatisch aangevuld als de slug van een gepubliceerd artikel verandert.',
      },
    },
  ];
}
