import type { CollectionConfig } from 'payload';
import { LIMITS } from '../fields/contract.ts';
import { slugField } from '../fields/slug.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug'], description: "De thema's waarop artikelen worden ingedeeld; elk thema heeft een eigen pagina." },
  access: taxonomyAccess,
  hooks: taxonomyHooks,
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: LIMITS.themeName, admin: { description: 'De naam van het thema.' } },
    slugField({ description: 'Deel van het webadres /themas/<slug>/; wordt uit de naam afgeleid.' }),
    { name: 'description', type: 'textarea', label: 'Beschrijving', required: true, maxLength: LIMITS.themeDescription, admin: { description: 'Korte uitleg op de themapagina.' } },
  ],
};
