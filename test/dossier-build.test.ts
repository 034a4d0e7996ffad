import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, COLLECTIONS, COLLECTION_INFO, documentPath, type Collection } from '../contract/index.ts';
import { PAGE_SIZE, pageCount } from '../site/lib/pagination.ts';
import { questionId } from '../site/lib/faq.ts';
import { escapeHtml } from './support/escape-html.ts';

const dist = inject('siteDir');
const sample = checkContent(path.resolve('content'));
const htmlOf = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const kindId = (c: Collection) => COLLECTION_INFO[c].route || 'achtergrond';
const SHOWN = 3;

/** The sections of a dossier page: id, the card or question links in it, its "Alle" link. */
function sectionsOf(html: string) {
  return [...html.matchAll(/<section class="dossier-section" id="([^"]+)"[^>]*>([\s\S]*?)<\/section>\s*(?=<section class="dossier-section"|<p class="(?:dossier-all|muted)"|<\/div>)/g)].map(([, id, body]) => ({
    id: id!,
    items: [...body!.matchAll(/<h3[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!),
    all: /<p class="dossier-section__all"><a href="([^"]+)">([^<]*)<\/a>/.exec(body!)?.slice(1) ?? [],
  }));
}

function jumpLinks(html: string): string[] {
  const nav = /<nav class="jump-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
}

const newestFirst = (docs: typeof sample.documents) =>
  [...docs].sort((a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt) || a.slug.localeCompare(b.slug)).map((d) => documentPath(d.collection, d.slug));

const faqEntries = sample.documents.flatMap((d) => (d.data.faq ?? []).map((q: { question: string; themes?: string[] }) => ({ ...q, themes: q.themes ?? [], url: `${documentPath(d.collection, d.slug)}#${questionId(q.question)}` })));

describe('theme dossiers', () => {
  it('show per kind with items its newest items, in the site’s kind order with the questions before the background, and leave out empty kinds', () => {
    let leftOut = 0;
    for (const theme of sample.themes) {
      const html = htmlOf(`/themas/${theme.slug}/`);
      const inTheme = (c: Collection) => sample.documents.filter((d) => d.collection === c && (d.data.themes ?? []).includes(theme.slug));
      const questions = faqEntries.filter((q) => q.themes.includes(theme.slug));
      const expected = COLLECTIONS.filter((c) => inTheme(c).length > 0).map(kindId);
      if (questions.length) expected.splice(expected.includes('achtergrond') ? expected.indexOf('achtergrond') : expected.length, 0, 'veelgestelde-vragen');
      leftOut += COLLECTIONS.length + 1 - expected.length;
      const sections = sectionsOf(html);
      expect(sections.map((s) => s.id), theme.slug).toEqual(expected);
      for (const c of COLLECTIONS) {
        const section = sections.find((s) => s.id === kindId(c));
        if (!section) continue;
        const all = inTheme(c);
        // Events come upcoming first; every other kind newest first.
        if (c === 'events') expect(section.items.length).toBe(Math.min(SHOWN, all.length));
        else expect(section.items, `${theme.slug} ${c}`).toEqual(newestFirst(all).slice(0, SHOWN));
        expect(section.all[0], `${theme.slug} ${c}`).toBe(`/zoeken/?thema=${theme.slug}&amp;soort=${kindId(c)}`);
        expect(section.all[1]).toMatch(new RegExp(`^Alle .+ over ${escapeHtml(theme.name.toLowerCase())} \\(${all.length}\\)$`));
      }
      const faq = sections.find((s) => s.id === 'veelgestelde-vragen');
      if (faq) {
        expect(faq.items, theme.slug).toEqual(questions.slice(0, 4).map((q) => q.url));
        expect(faq.all[0]).toBe('/veelgestelde-vragen/');
      }
    }
    expect(leftOut, 'a sample theme without items of some kind').toBeGreaterThan(0);
  });

  it('puts a "Ga direct naar" link on top for each section, each naming an element of the page', () => {
    for (const theme of sample.themes) {
      const html = htmlOf(`/themas/${theme.slug}/`);
      const links = jumpLinks(html);
      expect(links, theme.slug).toEqual(sectionsOf(html).map((s) => s.id));
      for (const id of links) expect(html, `${theme.slug} #${id}`).toContain(`id="${id}"`);
      expect(html.indexOf('class="jump-nav"')).toBeLessThan(html.indexOf('class="dossier-section"'));
    }
  });

  it('renders the theme’s Markdown introduction as HTML, and keeps the short description as the lead', () => {
    const theme = sample.themes.find((t) => t.slug === 'collectieve-financiering')!;
    const html = htmlOf(`/themas/${theme.slug}/`);
    expect(html).toContain(`<p class="lead">${escapeHtml(theme.description)}</p>`);
    expect(html).toContain('<strong>lichte hulp dichtbij</strong>');
    expect(htmlOf('/themas/bestuurlijke-samenwerking/')).toMatch(/<div class="prose dossier-intro"[^>]*>[\s\S]*<ul>\s*<li>Wie beslist/);
  });

  it('keeps every article of a theme in the full list at /themas/<theme>/alles/, and sends the old /pagina/N/ pages on', () => {
    const articles = sample.documents.filter((d) => d.collection !== 'pages');
    let redirected = 0;
    for (const theme of sample.themes) {
      const inTheme = articles.filter((d) => d.data.themes.includes(theme.slug));
      const last = pageCount(inTheme.length);
      const routes = Array.from({ length: last }, (_, i) => (i === 0 ? `/themas/${theme.slug}/alles/` : `/themas/${theme.slug}/alles/pagina/${i + 1}/`));
      const cards = routes.flatMap((route) => [...htmlOf(route).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(cards.sort(), theme.slug).toEqual(inTheme.map((d) => documentPath(d.collection, d.slug)).sort());
      expect(htmlOf(`/themas/${theme.slug}/`)).toContain(`href="/themas/${theme.slug}/alles/"`);
      for (let page = 2; page <= last; page++) {
        expect(htmlOf(`/themas/${theme.slug}/pagina/${page}/`)).toContain(`<meta http-equiv="refresh" content="0;url=/themas/${theme.slug}/alles/pagina/${page}/">`);
        redirected++;
      }
      expect(existsSync(path.join(dist, 'themas', theme.slug, 'pagina', String(Math.max(2, last + 1))))).toBe(false);
    }
    expect(redirected, `a sample theme with more than ${PAGE_SIZE} articles`).toBeGreaterThan(0);
  });
});

describe('the FAQ page', () => {
  it('renders every entry as a heading with the id the dossiers link to', () => {
    expect(faqEntries.length).toBeGreaterThan(3);
    const html = htmlOf('/veelgestelde-vragen/');
    for (const q of faqEntries) expect(html).toContain(`<h2 id="${q.url.split('#')[1]}">${escapeHtml(q.question)}</h2>`);
  });
});

describe('region pages', () => {
  it('list the municipalities and per kind the newest items, with jump links and the full list at /regios/<region>/alles/', () => {
    for (const region of sample.regions) {
      const html = htmlOf(`/regios/${region.slug}/`);
      for (const m of region.municipalities) expect(html, region.slug).toContain(`<li>${escapeHtml(m)}</li>`);
      const examples = sample.documents.filter((d) => d.collection === 'practice-examples' && d.data.region === region.slug);
      const sections = sectionsOf(html);
      expect(sections.map((s) => s.id), region.slug).toEqual(examples.length ? ['praktijkvoorbeelden'] : []);
      expect(jumpLinks(html)).toEqual(sections.map((s) => s.id));
      if (!examples.length) continue;
      expect(sections[0]!.items).toEqual(newestFirst(examples).slice(0, SHOWN));
      expect(sections[0]!.all).toEqual([`/regios/${region.slug}/alles/`, `Alle praktijkvoorbeelden uit ${escapeHtml(region.name)} (${examples.length})`]);
      const listed = [...htmlOf(`/regios/${region.slug}/alles/`).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]);
      expect(listed.length).toBe(Math.min(PAGE_SIZE, examples.length));
    }
  });
});
