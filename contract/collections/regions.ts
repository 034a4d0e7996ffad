/** content/regions.yaml: the jeugdhulpregio's and their municipalities. */
import { list, objectSchema, slug, text } from '../field.ts';
import { MUNICIPALITY_MAX } from './practice-examples.ts';

export const REGION_NAME_MAX = 120;

export const regionFields = {
  slug: slug({ help: 'Deel van het webadres /regios/<slug>/; wordt uit de naam afgeleid.', doc: 'The region in URLs and references. Required.' }),
  name: text(REGION_NAME_MAX, { label: 'Naam', help: 'De naam van de jeugdhulpregio.', doc: 'The name of the region. Required.' }),
  municipalities: list(text(MUNICIPALITY_MAX), {
    min: 1,
    minMessage: 'expected at least one municipality',
    label: 'Gemeenten',
    help: 'Minstens één gemeente in deze regio.',
    doc: 'The municipalities of the region; at least one.',
  }),
};

export const region = objectSchema(regionFields);
