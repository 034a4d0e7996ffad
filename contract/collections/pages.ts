/** content/pages/<slug>.mdx: background, about and FAQ pages at /<slug>/. */
import { objectSchema, optional } from '../field.ts';
import { articleFields } from './article.ts';

export const pageFields = {
  ...articleFields,
  themes: optional({ ...articleFields.themes, help: "Optioneel: de thema's waar deze pagina bij hoort.", doc: 'Slugs of content/themes.yaml. Optional.' }),
};

export const page = objectSchema(pageFields);
