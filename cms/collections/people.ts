import type { CollectionConfig } from 'payload';
import { LIMITS } from '../fields/contract.ts';
import { slugField } from '../fields/slug.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Persoon', plural: 'Personen' },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'role', 'organisation'], description: 'Experts, auteurs en contactpersonen.' },
  access: taxonomyAccess,
  hooks: taxonomyHooks,
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: LIMITS.personName, admin: { description: 'Voor- en achternaam.' } },
    slugField({ description: 'Korte naam voor verwijzingen; wordt uit de naam afgeleid.' }),
    { name: 'role', type: 'text', label: 'Functie', required: true, maxLength: LIMITS.personRole, admin: { description: 'De functie of rol, bijvoorbeeld "jeugdverpleegkundige".' } },
    { name: 'organisation', type: 'text', label: 'Organisatie', required: true, maxLength: LIMITS.personOrganisation, admin: { description: 'Waar deze persoon werkt.' } },
  ],
};
