import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, COLLECTIONS, COLLECTION_INFO, documentPath, type Collection } from '../contract/index.ts';
import { PAGE_SIZE, pageCount } from '../site/lib/pagination.ts';
import { questionId } from '../site/lib/faq.ts';
import { copyOfSampleContent, validPracticeExample, writeDocument } from './support/content-fixture.ts';
import { escapeHtml } from './support/escape-html.ts';
import { runAstroBuild as buildSite } from '../site/build/astro-build.ts';

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
        // A plain page, so the link works without JavaScript.
        expect(section.all[0], `${theme.slug} ${c}`).toBe(`/themas/${theme.slug}/${kindId(c)}/`);
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

describe('a theme’s full list of one kind (the target of "Alle …")', () => {
  const listRoutes = (theme: string, kind: string, count: number) =>
    Array.from({ length: pageCount(count) }, (_, i) => (i === 0 ? `/themas/${theme}/${kind}/` : `/themas/${theme}/${kind}/pagina/${i + 1}/`));
  const cardsOn = (route: string) => [...htmlOf(route).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
  const sitemap = () => readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(path.join(dist, f), 'utf8')).join('');

  // The sample has at most 6 items of a kind in a theme, so its lists are one page; the paging is
  // the listings' (site/lib/pagination.ts), and the checks below hold for more pages too.
  it('lists every item of the kind in the theme, in the dossier’s order, 8 a page, and no page for a kind without items', () => {
    for (const theme of sample.themes) {
      const sections = sectionsOf(htmlOf(`/themas/${theme.slug}/`));
      for (const c of COLLECTIONS) {
        const inTheme = sample.documents.filter((d) => d.collection === c && (d.data.themes ?? []).includes(theme.slug));
        const dir = path.join(dist, 'themas', theme.slug, kindId(c));
        if (inTheme.length === 0) {
          expect(existsSync(dir), `${theme.slug} ${c}`).toBe(false);
          continue;
        }
        const routes = listRoutes(theme.slug, kindId(c), inTheme.length);
        const pages = routes.map(cardsOn);
        for (const cards of pages.slice(0, -1)) expect(cards.length).toBe(PAGE_SIZE);
        const cards = pages.flat();
        if (c === 'events') expect([...cards].sort(), `${theme.slug} ${c}`).toEqual(inTheme.map((d) => documentPath(d.collection, d.slug)).sort());
        else expect(cards, `${theme.slug} ${c}`).toEqual(newestFirst(inTheme));
        // The dossier shows the first items of the list it links to.
        expect(sections.find((s) => s.id === kindId(c))!.items).toEqual(cards.slice(0, SHOWN));
        expect(htmlOf(routes[0]!)).toContain(`<h1>${sections.find((s) => s.id === kindId(c))!.all[1]!.replace(/ \(\d+\)$/, '')}</h1>`);
        expect(existsSync(path.join(dir, 'pagina', String(routes.length + 1)))).toBe(false);
        if (routes.length > 1) expect(htmlOf(routes[0]!)).toContain(`href="${routes[1]}"`);
      }
    }
  });

  it('pages a kind with more than 8 items like the listings, 8 a page with a page bar', { timeout: 180_000 }, async () => {
    const dir = copyOfSampleContent();
    const theme = sample.themes[0]!.slug;
    const before = sample.documents.filter((d) => d.collection === 'practice-examples' && d.data.themes.includes(theme)).length;
    // Three more than a page, all older than the sample's (2001), so page 2 holds three of them.
    const added = PAGE_SIZE + 3 - before;
    for (let i = 0; i < added; i++) {
      writeDocument(dir, 'practice-examples', `extra-voorbeeld-${i}`, { ...validPracticeExample(dir), title: `Extra voorbeeld ${i}`, themes: [theme], publishedAt: `2001-01-${String(10 + i)}` });
    }
    const out = path.join(path.dirname(dir), 'dist');
    const result = await buildSite({ outDir: out, contentDir: dir, env: { NEWSLETTER_FORM_ACTION: '', CMS_PUBLIC_URL: '' } });
    expect(result.code, result.output).toBe(0);
    const at = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');
    const cards = (route: string) => [...at(route).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
    const list = `/themas/${theme}/praktijkvoorbeelden/`;
    expect(cards(list).length).toBe(PAGE_SIZE);
    expect(cards(`${list}pagina/2/`)).toEqual([2, 1, 0].map((i) => `/praktijkvoorbeelden/extra-voorbeeld-${i}/`));
    expect(at(list)).toMatch(new RegExp(`<nav class="pagination"[\\s\\S]*href="${list}pagina/2/"`));
    expect(existsSync(path.join(out, list, 'pagina', '3'))).toBe(false);
    expect(sectionsOf(at(`/themas/${theme}/`)).find((s) => s.id === 'praktijkvoorbeelden')!.all).toEqual([list, `Alle praktijkvoorbeelden over ${escapeHtml(sample.themes[0]!.name.toLowerCase())} (${before + added})`]);
  });

  it('is in the sitemap like the other listings, and kept out of the search index', () => {
    const map = sitemap();
    for (const theme of sample.themes) {
      for (const c of COLLECTIONS) {
        const count = sample.documents.filter((d) => d.collection === c && (d.data.themes ?? []).includes(theme.slug)).length;
        for (const route of count ? listRoutes(theme.slug, kindId(c), count) : []) {
          expect(map).toContain(`<loc>https://schoolnabij.nl${route}</loc>`);
          expect(htmlOf(route)).not.toContain('data-pagefind-body');
        }
      }
    }
  });

  it('leaves no "Alle …" link of a theme or region page to the search page, which needs JavaScript', () => {
    const dossiers = [...sample.themes.map((t) => `/themas/${t.slug}/`), ...sample.regions.map((r) => `/regios/${r.slug}/`)];
    const links = dossiers.flatMap((route) => sectionsOf(htmlOf(route)).map((s) => `${route} → ${s.all[0]}`));
    expect(links.length).toBeGreaterThan(sample.themes.length);
    expect(links.filter((l) => l.includes('/zoeken/'))).toEqual([]);
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
