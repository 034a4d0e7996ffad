import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatViolation } from './index.ts';
import { THEME_INTRODUCTION_MAX } from './collections/themes.ts';
import { copyOfSampleContent, edit, writeDocument } from '../test/support/content-fixture.ts';

const lines = (dir: string) => checkContent(dir).violations.map(formatViolation);
const page = { title: 'Vragen', summary: 'Vragen en antwoorden.', publishedAt: '2026-01-01' };

describe('the dossier fields of the contract', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyOfSampleContent();
  });

  it('gives every sample theme a Markdown introduction and the FAQ page entries with themes', () => {
    const { themes, documents } = checkContent(path.resolve('content'));
    for (const theme of themes) expect(theme.introduction?.length, theme.slug).toBeGreaterThan(theme.description.length);
    const faq = documents.find((d) => d.slug === 'veelgestelde-vragen')!.data.faq as { themes?: string[] }[];
    expect(faq.filter((q) => q.themes?.length).length).toBeGreaterThan(3);
  });

  it('accepts a theme without introduction and a question without themes', () => {
    edit(path.join(dir, 'themes.yaml'), /$/, `\n- slug: kort\n  name: Kort\n  description: Zonder inleiding.\n`);
    writeDocument(dir, 'pages', 'vragen', { ...page, faq: [{ question: 'Waarom?', answer: 'Daarom.' }] });
    expect(lines(dir)).toEqual([]);
  });

  it('rejects a theme introduction that is too long or not text', () => {
    edit(path.join(dir, 'themes.yaml'), /$/, `\n- slug: lang\n  name: Lang\n  description: Te lang.\n  introduction: ${'x'.repeat(THEME_INTRODUCTION_MAX + 1)}\n- slug: lijst\n  name: Lijst\n  description: Een lijst.\n  introduction: [a, b]\n`);
    expect(lines(dir)).toEqual([
      expect.stringMatching(new RegExp(`content/themes\\.yaml: \\d+\\.introduction: must be at most ${THEME_INTRODUCTION_MAX} characters, got ${THEME_INTRODUCTION_MAX + 1}$`)),
      expect.stringMatching(/content\/themes\.yaml: \d+\.introduction: expected text/),
    ]);
  });

  it('rejects a question without answer and a question with an unknown theme, naming the entry', () => {
    writeDocument(dir, 'pages', 'vragen', { ...page, faq: [{ question: 'Waarom?' }, { question: 'Hoe?', answer: 'Zo.', themes: ['bestaat-niet'] }] });
    expect(lines(dir)).toEqual([
      expect.stringMatching(/content\/pages\/vragen\.mdx: faq\.0\.answer: is required$/),
      expect.stringMatching(/content\/pages\/vragen\.mdx: faq\.1\.themes\.0: "bestaat-niet" is not a theme; use a slug from content\/themes\.yaml/),
    ]);
  });
});
