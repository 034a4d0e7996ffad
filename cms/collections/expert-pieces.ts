import { LIMITS } from '../fields/contract.ts';
import { articleCollection } from './article-collection.ts';

export const ExpertPieces = articleCollection(
  'expert-pieces',
  [
    {
      name: 'expert',
      type: 'relationship',
      relationTo: 'people',
      label: 'Expert',
      required: true,
      admin: { description: 'De persoon die aan het woord is (uit Personen).' },
    },
    {
      name: 'quote',
      type: 'textarea',
      label: 'Citaat',
      maxLength: LIMITS.quote,
      admin: { description: `Optioneel: een uitspraak die in overzichten wordt uitgelicht (maximaal ${LIMITS.quote} tekens).` },
    },
  ],
  { description: 'Interviews en bijdragen van experts.' },
);
