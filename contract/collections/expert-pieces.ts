/** content/expert-pieces/<slug>.mdx: an expert speaks. */
import { objectSchema, optional, reference, text } from '../field.ts';
import { articleFields } from './article.ts';

export const QUOTE_MAX = 400;

export const expertPieceFields = {
  ...articleFields,
  expert: reference('people', {
    label: 'Expert',
    help: 'De persoon die aan het woord is (uit Personen).',
    doc: 'A slug of content/people.yaml: who speaks. Required.',
  }),
  quote: optional(
    text(QUOTE_MAX, {
      multiline: true,
      label: 'Citaat',
      help: `Optioneel: een uitspraak die in overzichten wordt uitgelicht (maximaal ${QUOTE_MAX} tekens).`,
      doc: 'A saying highlighted in listings. Optional.',
    }),
  ),
};

export const expertPiece = objectSchema(expertPieceFields);
