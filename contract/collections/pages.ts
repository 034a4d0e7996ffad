/** content/pages/<slug>.mdx: background, about and FAQ pages at /<slug>/. */
import { group, list, objectSchema, optional, reference, text } from '../field.ts';
import { articleFields } from './article.ts';

export const FAQ_QUESTION_MAX = 200;
export const FAQ_ANSWER_MAX = 3000;

/** One question of a page's FAQ; its themes put it in those themes' dossiers. */
export const faqEntryFields = {
  question: text(FAQ_QUESTION_MAX, { label: 'Vraag', help: 'De vraag, zoals een bezoeker die zou stellen.', doc: 'The question. Required.' }),
  answer: text(FAQ_ANSWER_MAX, {
    multiline: true,
    label: 'Antwoord',
    help: 'Het antwoord, in Markdown: alinea’s scheidt u met een witregel, **vet**, *cursief* en [linktekst](/pad/) mogen.',
    doc: 'The answer, Markdown. Required.',
  }),
  themes: optional(
    list(reference('themes'), {
      label: "Thema's",
      help: "Optioneel: de thema's waarvan het dossier deze vraag toont.",
      doc: 'Slugs of content/themes.yaml; the dossiers of these themes show the question. Optional.',
    }),
  ),
};

export const pageFields = {
  ...articleFields,
  themes: optional({ ...articleFields.themes, help: "Optioneel: de thema's waar deze pagina bij hoort.", doc: 'Slugs of content/themes.yaml. Optional.' }),
  faq: optional(
    list(group(faqEntryFields, { label: 'Vraag' }), {
      label: 'Veelgestelde vragen',
      help: 'Optioneel: vragen met hun antwoord, onder de tekst van de pagina. Met thema’s erbij verschijnt een vraag ook in die themadossiers.',
      doc: 'Questions and answers shown under the body, each with optional themes (shown in those theme dossiers). Optional.',
    }),
  ),
};

export const page = objectSchema(pageFields);
