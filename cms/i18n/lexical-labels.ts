/**
 * Lexical's labels that are written into its components in English, not taken from its
 * translations (@payloadcms/richtext-lexical 3.90: the drag and add handles, the floating link
 * editor's buttons, the button below the last block). DutchLexicalLabels.tsx puts these in their
 * place in the admin.
 */
export const LEXICAL_HARD_CODED_LABELS: Readonly<Record<string, string>> = {
  'Drag to move': 'Slepen om te verplaatsen',
  'Add block': 'Blok toevoegen',
  'Edit link': 'Link bewerken',
  'Remove link': 'Link verwijderen',
  'Insert Paragraph': 'Alinea toevoegen',
};
