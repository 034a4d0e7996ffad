import type { CollectionConfig } from 'payload';
import { taxonomyFields } from '../../contract/schema.ts';
import { cmsFields } from '../fields/from-contract.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Persoon', plural: 'Personen' },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'role', 'organisation'], description: 'Experts, auteurs en contactpersonen.' },
  access: taxonomyAccess,
  hooks: taxonomyHooks('people'),
  fields: cmsFields(taxonomyFields.people),
};
