import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, COLLECTION_INFO, ARTICLE_COLLECTIONS, documentPath } from '../contract/index.ts';
import { PAGE_SIZE, pageCount } from '../site/lib/pagination.ts';
import { FACET_FILE, type FacetFile } from '../site/scripts/facet-format.ts';
import { escapeHtml } from './support/escape-html.ts';
import { readPagefindFragment } from '../site/build/pagefind-fragments.ts';

const dist = inject('siteDir');
const sample = checkContent(path.resolve('content'));
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const htmlOf = (route: string) => read(path.join(route, 'index.html'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('a real build of the sample content', () => {
  it('renders every document at its route', () => {
    for (const doc of sample.documents) {
      const html = htmlOf(documentPath(doc.collection, doc.slug));
      expect(html, doc.file).toContain(`>${escapeHtml(doc.data.title)}</h1>`);
    }
  });

  it('renders home, listings with pagination, taxonomies, search, newsletter and 404', () => {
    for (const route of ['/', '/zoeken/', '/nieuwsbrief/', '/themas/', '/regios/']) expect(existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
    for (const theme of sample.themes) expect(htmlOf(`/themas/${theme.slug}/`)).toContain(escapeHtml(theme.name));
    for (const region of sample.regions) expect(htmlOf(`/regios/${region.slug}/`)).toContain(escapeHtml(region.name));
    for (const collection of ARTICLE_COLLECTIONS) {
      const route = COLLECTION_INFO[collection].route;
      const count = sample.documents.filter((d) => d.collection === collection).length;
      const pages = pageCount(count);
      expect(htmlOf(`/${route}/`)).toContain(`<h1>${escapeHtml(COLLECTION_INFO[collection].plural)}</h1>`);
      for (let page = 2; page <= pages; page++) expect(existsSync(path.join(dist, route, 'pagina', String(page), 'index.html')), `${route} page ${page}`).toBe(true);
      expect(existsSync(path.join(dist, route, 'pagina', String(pages + 1)))).toBe(false);
    }
    expect(sample.documents.filter((d) => d.collection === 'practice-examples').length).toBeGreaterThan(PAGE_SIZE);
  });

  it('pages a theme’s articles like a listing, each article on one page, with the first and last page linked', () => {
    const articles = sample.documents.filter((d) => d.collection !== 'pages');
    const paged = sample.themes.filter((theme) => articles.filter((d) => d.data.themes.includes(theme.slug)).length > PAGE_SIZE);
    expect(paged.length, 'a sample theme with more articles than one page holds').toBeGreaterThan(0);
    for (const theme of sample.themes) {
      const inTheme = articles.filter((d) => d.data.themes.includes(theme.slug)).map((d) => documentPath(d.collection, d.slug));
      const last = pageCount(inTheme.length);
      const routes = Array.from({ length: last }, (_, i) => (i === 0 ? `/themas/${theme.slug}/alles/` : `/themas/${theme.slug}/alles/pagina/${i + 1}/`));
      const cards = routes.flatMap((route) => [...htmlOf(route).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(cards.sort(), theme.slug).toEqual(inTheme.sort());
      expect(existsSync(path.join(dist, 'themas', theme.slug, 'alles', 'pagina', String(last + 1)))).toBe(false);
      if (last > 1) expect(htmlOf(routes[0]!)).toContain(`href="/themas/${theme.slug}/alles/pagina/${last}/"`);
    }
  });

  it('shows the menus of content/navigation.yaml, today’s menus, on every page', () => {
    for (const route of ['/', '/zoeken/', documentPath('pages', 'over'), '/themas/thuiszitters/']) {
      const html = htmlOf(route);
      const hrefs = (label: string) => [...(new RegExp(`<nav aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs('Hoofdmenu'), route).toEqual(['/praktijkvoorbeelden/', '/experts/', '/verslagen/', '/agenda/', '/themas/', '/regios/', '/zoeken/']);
      expect(hrefs('Voettekst'), route).toEqual(['/over/', '/achtergrond/', '/veelgestelde-vragen/', '/toegankelijkheid/', '/nieuwsbrief/', '/rss.xml']);
    }
    expect(htmlOf('/zoeken/')).toContain('<a href="/zoeken/" aria-current="page">Zoeken</a>');
  });

  it('shows a practice example’s facts in a fact box', () => {
    const doc = sample.documents.find((d) => d.collection === 'practice-examples' && d.data.region && d.data.funding)!;
    const html = htmlOf(documentPath(doc.collection, doc.slug));
    const box = html.slice(html.indexOf('class="facts"'), html.indexOf('</section>', html.indexOf('class="facts"')));
    expect(box).toContain('Onderwijstype');
    expect(box).toContain(`href="/regios/${doc.data.region}/"`);
    for (const org of doc.data.organisations) expect(box).toContain(escapeHtml(org.name));
    expect(box).toContain('Financiering');
  });

  it('writes the site-wide and per-kind RSS feeds', () => {
    const articles = sample.documents.filter((d) => d.collection !== 'pages');
    const feed = read('rss.xml');
    expect(feed).toContain('<language>nl-nl</language>');
    for (const doc of articles) expect(feed).toContain(`<link>https://schoolnabij.nl${documentPath(doc.collection, doc.slug)}</link>`);
    // A known item, by hand: its date is the day of publication, its category the kind.
    const item = feed.match(/<item>(?:(?!<\/item>).)*goed-is-goed-genoeg-dronten\/<\/link>(?:(?!<\/item>).)*<\/item>/s)?.[0] ?? '';
    expect(item).toContain('<title>Goed is goed genoeg: school, gemeente en jeugdhulp in Dronten</title>');
    expect(item).toContain('<pubDate>Thu, 05 Apr 2018 00:00:00 GMT</pubDate>');
    expect(item).toContain('<category>Praktijkvoorbeeld</category>');
    for (const collection of ARTICLE_COLLECTIONS) {
      const kindFeed = read(`${COLLECTION_INFO[collection].route}/rss.xml`);
      const items = kindFeed.match(/<item>/g) ?? [];
      expect(items.length).toBe(sample.documents.filter((d) => d.collection === collection).length);
    }
  });

  it('lists every document in the sitemap, and no redirect or 404', () => {
    const sitemap = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(read).join('');
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    for (const doc of sample.documents) expect(sitemap).toContain(`<loc>https://schoolnabij.nl${documentPath(doc.collection, doc.slug)}</loc>`);
    expect(sitemap).not.toContain('404');
    for (const from of sample.documents.flatMap((d) => d.data.redirectFrom ?? [])) expect(sitemap).not.toContain(from);
  });

  it('writes a Dutch redirect page and a _redirects line for every redirectFrom', () => {
    const redirects = sample.documents.flatMap((d) => (d.data.redirectFrom ?? []).map((from: string) => [from, documentPath(d.collection, d.slug)]));
    expect(redirects.length).toBeGreaterThan(0);
    const file = read('_redirects');
    for (const [from, to] of redirects) {
      const html = htmlOf(from!);
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
      expect(html).toContain(`<link rel="canonical" href="https://schoolnabij.nl${to}">`);
      expect(file).toContain(`${from} ${to} 301\n`);
    }
  });

  it('publishes media: images through the image pipeline, attachments at /media/', () => {
    const withAttachment = sample.documents.find((d) => d.data.attachments?.length)!;
    for (const a of withAttachment.data.attachments) expect(existsSync(path.join(dist, a.src)), a.src).toBe(true);
    const withImage = sample.documents.find((d) => d.data.image)!;
    const html = htmlOf(documentPath(withImage.collection, withImage.slug));
    expect(html).toMatch(new RegExp(`<img[^>]+src="/_astro/[^"]+\\.webp"[^>]*alt="${escapeHtml(withImage.data.image.alt).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  });

  it('indexes exactly the documents with Pagefind, in Dutch', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    expect(entry.languages.nl.page_count).toBe(sample.documents.length);
    expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('writes the facet file: every indexed page with the filter values of its document', () => {
    const file = JSON.parse(gunzipSync(readFileSync(path.join(dist, FACET_FILE))).toString('utf8')) as FacetFile;
    expect(file.filters).toEqual(['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar']);
    expect(Object.keys(file.pages)).toHaveLength(sample.documents.length);
    // Each fragment names its page's URL; the file's values for known sample documents, by hand.
    const byUrl = new Map(
      Object.entries(file.pages).map(([id, page]) => [
        readPagefindFragment(path.join(dist, 'pagefind', 'fragment', `${id}.pf_fragment`)).url,
        Object.fromEntries(file.filters.map((filter, f) => [filter, page[f]!.map((v) => file.values[filter]![v]).sort()])),
      ]),
    );
    expect([...byUrl.keys()].sort()).toEqual(sample.documents.map((d) => documentPath(d.collection, d.slug)).sort());
    expect(byUrl.get('/praktijkvoorbeelden/goed-is-goed-genoeg-dronten/')).toEqual({
      thema: ['interprofessioneel-samenwerken', 'onderwijszorgarrangementen', 'preventie-en-vroegsignalering'],
      regio: ['flevoland'],
      onderwijstype: ['po', 'vo', 'vso'],
      leeftijd: ['12-18', '4-12'],
      soort: ['praktijkvoorbeelden'],
      jaar: ['2018'],
    });
    expect(byUrl.get('/praktijkvoorbeelden/kernpartners-utrecht/')).toEqual({
      thema: ['bestuurlijke-samenwerking', 'passend-onderwijs', 'thuiszitters'],
      regio: ['utrecht-stad'],
      onderwijstype: ['po', 'vo'],
      leeftijd: ['12-18', '18-27', '4-12'],
      soort: ['praktijkvoorbeelden'],
      jaar: ['2017'],
    });
    expect(byUrl.get('/experts/bestuurlijk-leiderschap-maakt-het-verschil/')).toEqual({
      thema: ['bestuurlijke-samenwerking', 'collectieve-financiering'],
      regio: [],
      onderwijstype: [],
      leeftijd: [],
      soort: ['experts'],
      jaar: ['2018'],
    });
    expect(byUrl.get('/over/')).toEqual({ thema: [], regio: [], onderwijstype: [], leeftijd: [], soort: ['achtergrond'], jaar: ['2017'] });
  });

  it('is Dutch everywhere and loads no script outside the search page, the 404 and an article’s copy-link button', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(sample.documents.length);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="nl">/i);
      const relative = path.relative(dist, file);
      if (relative !== '404.html' && relative !== path.join('zoeken', 'index.html')) {
        // Article pages carry the "Link kopiëren" enhancement (site/scripts/copy-link.ts) only.
        const scripts = [...html.matchAll(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>([^<]*)<\/script>/g)].map((m) => m[2]!);
        expect(scripts.filter((text) => !text.includes('[data-copy-link]')), relative).toEqual([]);
      }
    }
  });
});
