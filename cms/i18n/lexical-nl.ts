/**
 * Corrections to the Dutch of Lexical, Payload's rich-text editor (@payloadcms/richtext-lexical):
 * each feature brings its own translations under `lexical.<feature>`, the editor's own under
 * `lexical.general`. Keys exist there (cms/i18n/overrides.test.ts checks).
 */
export const lexicalNl = {
  general: {
    placeholder: 'Begin met typen, of typ / voor een kopje, lijst, citaat, afbeelding of kader',
    slashMenuBasicGroupLabel: 'Tekst',
  },
  blocks: { inlineBlocks: { create: '{{label}} toevoegen', edit: '{{label}} bewerken', label: 'Blokken in de tekst', remove: '{{label}} verwijderen' } },
  horizontalRule: { label: 'Scheidingslijn' },
  indent: { decreaseLabel: 'Inspringing verkleinen', increaseLabel: 'Inspringing vergroten' },
  align: { alignCenterLabel: 'Centreren', alignJustifyLabel: 'Uitvullen' },
  orderedList: { label: 'Genummerde lijst' },
  unorderedList: { label: 'Opsommingslijst' },
  paragraph: { label: 'Alinea' },
  upload: { label: 'Afbeelding of bestand' },
} as const;
