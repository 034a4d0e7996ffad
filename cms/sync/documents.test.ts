import { describe, expect, it } from 'vitest';
import { fromFrontmatter, toFrontmatter, type Lookups } from './documents.ts';

const lookups: Lookups = {
  slugOf: (collection, id) => (collection === 'themes' && id === 1 ? 'thuiszitters' : undefined),
  idOf: (collection, slug) => (collection === 'themes' && slug === 'thuiszitters' ? 1 : undefined),
  mediaById: new Map(),
  mediaIdByPath: new Map(),
};
const page = { title: 'Over ons', summary: 'Wie wij zijn.', publishedAt: '2026-01-02' };

describe('one document between the CMS and content/', () => {
  it('clears every optional field the file leaves out, lists as empty lists', () => {
    const data = fromFrontmatter('pages', 'over', page, lookups, true);
    expect(data).toEqual({
      slug: 'over',
      ...page,
      revisedAt: null,
      themes: [],
      image: null,
      attachments: [],
      links: [],
      related: [],
      seoTitle: null,
      seoDescription: null,
      redirectFrom: [],
      faq: [],
    });
  });

  it('leaves references to documents out of a first pass, and clears nothing it cannot yet set', () => {
    const data = fromFrontmatter('conference-reports', 'dag', { ...page, themes: ['thuiszitters'], eventDate: '2026-01-01', event: 'dag' }, lookups, false);
    expect(data).not.toHaveProperty('event');
    expect(data).not.toHaveProperty('related');
    expect(data.themes).toEqual([1]);
  });

  it('names the file and the field when the CMS lacks a reference, as the contract check would', () => {
    expect(() => fromFrontmatter('pages', 'over', { ...page, themes: ['thuiszitters', 'jeugdzorg'] }, lookups, true, 'content/pages/over.mdx')).toThrow(
      `content/ breaks the content contract (1 violation):\n  content/pages/over.mdx: themes.1: "jeugdzorg" is not in the CMS's themes; import content/ again, or add it in the CMS`,
    );
  });

  it('writes the contract form back: slugs for ids, the contract name of a renamed field', () => {
    expect(toFrontmatter('pages', { id: 7, slug: 'over', ...page, revisedAt: '2026-03-04T10:00:00.000Z', themes: [1, 99], related: [] }, lookups)).toEqual({
      ...page,
      updatedAt: '2026-03-04',
      themes: ['thuiszitters'],
    });
  });
});
