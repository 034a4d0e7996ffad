import { documentPath } from '../../contract/index.ts';
import type { Document } from './articles.ts';

export interface FaqItem {
  question: string;
  answer: string;
  themes: string[];
  /** Where the question is answered: its page and the question's element id there. */
  url: string;
  id: string;
}

/** The element id of a question on its page, from its words: "Wie betaalt?" → "vraag-wie-betaalt". */
export function questionId(question: string): string {
  const words = question
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `vraag-${words}`;
}

/** Every FAQ entry of the pages, in page and entry order. */
export function faqItems(pages: Document[]): FaqItem[] {
  return pages.flatMap((page) =>
    ('faq' in page.data ? (page.data.faq ?? []) : []).map((entry) => {
      const id = questionId(entry.question);
      return { ...entry, themes: entry.themes ?? [], id, url: `${documentPath(page.collection, page.id)}#${id}` };
    }),
  );
}
