/** content/people.yaml: experts, authors and contact persons. */
import { email, objectSchema, optional, phone, slug, text } from '../field.ts';

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
  email: optional(
    email({
      label: 'E-mailadres',
      help: 'Optioneel: wordt getoond bij praktijkvoorbeelden en expertstukken van deze persoon. Alleen invullen met toestemming.',
      doc: 'An e-mail address, shown as a mailto: link where the person is the contact or the expert. Optional.',
    }),
  ),
  phone: optional(
    phone({
      label: 'Telefoonnummer',
      help: 'Optioneel: een Nederlands nummer, bijvoorbeeld 020 123 4567 of 06-12345678. Alleen invullen met toestemming.',
      doc: 'A Dutch phone number (020 123 4567, 06-12345678, +31 20 123 4567), shown as a tel:+31… link. Optional.',
    }),
  ),
};

export const person = objectSchema(personFields);
