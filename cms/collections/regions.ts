import type { CollectionConfig } from 'payload';
import { LIMITS } from '../fields/contract.ts';
import { slugField } from '../fields/slug.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Regio', plural: "Regio's" },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug'], description: "De jeugdhulpregio's met hun gemeenten." },
  access: taxonomyAccess,
  hooks: taxonomyHooks,
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: LIMITS.regionName, admin: { description: 'De naam van de jeugdhulpregio.' } },
    slugField({ description: 'Deel van het webadres /regios/<slug>/; wordt uit de naam afgeleid.' }),
    {
      name: 'municipalities',
      type: 'text',
      hasMany: true,
      label: 'Gemeenten',
      required: true,
      minRows: 1,
      maxLength: LIMITS.municipality,
      admin: { description: 'Minstens één gemeente in deze regio.' },
    },
  ],
};
