/** content/people.yaml: experts, authors and contact persons. */
import { objectSchema, slug, text } from '../field.ts';

export const PERSON_NAME_MAX = 120;
export const PERSON_ROLE_MAX = 200;
export const PERSON_ORGANISATION_MAX = 200;

export const personFields = {
  slug: slug({ help: 'Korte naam voor verwijzingen; wordt uit de naam afgeleid.', doc: 'The person in references. Required.' }),
  name: text(PERSON_NAME_MAX, { label: 'Naam', help: 'Voor- en achternaam.', doc: 'First and last name. Required.' }),
  role: text(PERSON_ROLE_MAX, {
    label: 'Functie',
    help: 'De functie of rol, bijvoorbeeld "jeugdverpleegkundige".',
    doc: 'The role, for example "jeugdverpleegkundige". Required.',
  }),
  organisation: text(PERSON_ORGANISATION_MAX, { label: 'Organisatie', help: 'Waar deze persoon werkt.', doc: 'Where the person works. Required.' }),
};

export const person = objectSchema(personFields);
