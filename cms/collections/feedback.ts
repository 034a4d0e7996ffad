/**
 * "Was dit nuttig?": readers' answers on article and content pages. Not content: never exported
 * to content/ and no site rebuild (cms/sync/ exports only the contract's collections). Stored
 * through POST /api/feedback alone (cms/feedback/feedback-endpoint.ts); no address, cookie or
 * other identifier of the reader. Staff read it; nobody changes it through the API; admins may
 * delete it (spam).
 */
import type { CollectionConfig } from 'payload';
import { admins, staff } from '../access/roles.ts';
import { feedbackEndpoint, FEEDBACK_SLUG } from '../feedback/feedback-endpoint.ts';
import { COMMENT_MAX } from '../feedback/feedback-input.ts';
import type { Env } from '../paths.ts';

const nobody = () => false;

export function feedbackCollection(env: Env): CollectionConfig {
  return {
    slug: FEEDBACK_SLUG,
    labels: { singular: 'Reactie van een lezer', plural: 'Reacties van lezers' },
    admin: {
      group: 'Beheer',
      useAsTitle: 'path',
      defaultColumns: ['path', 'useful', 'comment', 'createdAt'],
      description: 'Antwoorden op "Was dit nuttig?" onder artikelen en pagina’s. Zoek op het adres van een pagina om alleen de reacties daarop te zien.',
    },
    endpoints: [feedbackEndpoint(env)],
    access: {
      read: staff,
      // Only through POST /api/feedback, which validates, limits and stores with overrideAccess.
      create: nobody,
      update: nobody,
      delete: admins,
    },
    fields: [
      { name: 'path', type: 'text', label: 'Pagina', required: true, index: true, admin: { readOnly: true, description: 'Het adres op de site, zoals /praktijkvoorbeelden/naam/.' } },
      {
        name: 'useful',
        type: 'select',
        label: 'Nuttig',
        required: true,
        options: [
          { label: 'Ja', value: 'ja' },
          { label: 'Nee', value: 'nee' },
        ],
        admin: { readOnly: true },
      },
      { name: 'comment', type: 'textarea', label: 'Toelichting', maxLength: COMMENT_MAX, admin: { readOnly: true } },
    ],
  };
}
