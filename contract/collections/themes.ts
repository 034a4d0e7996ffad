/** content/themes.yaml: the themes articles are filed under; each has a page /themas/<slug>/. */
import { objectSchema, slug, text } from '../field.ts';

export const THEME_NAME_MAX = 80;
export const THEME_DESCRIPTION_MAX = 400;

export const themeFields = {
  slug: slug({ help: 'Deel van het webadres /themas/<slug>/; wordt uit de naam afgeleid.', doc: 'The theme in URLs and references. Required.' }),
  name: text(THEME_NAME_MAX, { label: 'Naam', help: 'De naam van het thema.', doc: 'The name of the theme. Required.' }),
  description: text(THEME_DESCRIPTION_MAX, {
    multiline: true,
    label: 'Beschrijving',
    help: 'Korte uitleg op de themapagina.',
    doc: 'A short explanation on the theme page. Required.',
  }),
};

export const theme = objectSchema(themeFields);
