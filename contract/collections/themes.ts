/** content/themes.yaml: the themes articles are filed under; each has a page /themas/<slug>/. */
import { objectSchema, optional, slug, text } from '../field.ts';

export const THEME_NAME_MAX = 80;
export const THEME_DESCRIPTION_MAX = 400;
export const THEME_INTRODUCTION_MAX = 6000;

export const themeFields = {
  slug: slug({ help: 'Deel van het webadres /themas/<slug>/; wordt uit de naam afgeleid.', doc: 'The theme in URLs and references. Required.' }),
  name: text(THEME_NAME_MAX, { label: 'Naam', help: 'De naam van het thema.', doc: 'The name of the theme. Required.' }),
  description: text(THEME_DESCRIPTION_MAX, {
    multiline: true,
    label: 'Beschrijving',
    help: 'Korte uitleg in één of twee zinnen, voor kaarten en zoekmachines.',
    doc: 'A short explanation for cards and the page description. Required.',
  }),
  introduction: optional(
    text(THEME_INTRODUCTION_MAX, {
      multiline: true,
      label: 'Inleiding',
      help: 'De inleiding bovenaan het themadossier, in Markdown: alinea’s scheidt u met een witregel, **vet**, *cursief*, [linktekst](/pad/) en lijstjes met "- " mogen.',
      doc: 'The dossier introduction on /themas/<slug>/, Markdown (paragraphs, emphasis, links, lists). Optional.',
    }),
  ),
};

export const theme = objectSchema(themeFields);
