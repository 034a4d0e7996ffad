import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFragment, serialize } from 'parse5';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { checkContent, COLLECTION_INFO, ARTICLE_COLLECTIONS, documentPath, formatViolation } from '../contract/index.ts';
import { PAGE_SIZE, pageCount } from '../site/lib/pagination.ts';
import { needsMdx } from '../site/lib/content-loader.ts';
import { facetsOf, FILTERS } from '../site/lib/search-facets.ts';
import { FACET_FILE, type FacetFile } from '../site/scripts/facet-format.ts';
import { readPagefindFragment } from '../site/integrations/facet-file.ts';
import { runAstroBuild as buildSite } from '../site/build/astro-build.ts';
import { copyOfSampleContent, validPracticeExample, writeDocument } from './support/content-fixture.ts';

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
      expect(html, doc.file).toContain(`>${escape(doc.data.title)}</h1>`);
    }
  });

  it('renders home, listings with pagination, taxonomies, search, newsletter and 404', () => {
    for (const route of ['/', '/zoeken/', '/nieuwsbrief/', '/themas/', '/regios/']) expect(existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
    for (const theme of sample.themes) expect(htmlOf(`/themas/${theme.slug}/`)).toContain(escape(theme.name));
    for (const region of sample.regions) expect(htmlOf(`/regios/${region.slug}/`)).toContain(escape(region.name));
    for (const collection of ARTICLE_COLLECTIONS) {
      const route = COLLECTION_INFO[collection].route;
      const count = sample.documents.filter((d) => d.collection === collection).length;
      const pages = pageCount(count);
      expect(htmlOf(`/${route}/`)).toContain(`<h1>${escape(COLLECTION_INFO[collection].plural)}</h1>`);
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
      const routes = Array.from({ length: last }, (_, i) => (i === 0 ? `/themas/${theme.slug}/` : `/themas/${theme.slug}/pagina/${i + 1}/`));
      const cards = routes.flatMap((route) => [...htmlOf(route).matchAll(/<h2 class="card__title"><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(cards.sort(), theme.slug).toEqual(inTheme.sort());
      expect(existsSync(path.join(dist, 'themas', theme.slug, 'pagina', String(last + 1)))).toBe(false);
      if (last > 1) expect(htmlOf(routes[0]!)).toContain(`href="/themas/${theme.slug}/pagina/${last}/"`);
    }
  });

  it('shows the menus of content/navigation.yaml, today’s menus, on every page', () => {
    for (const route of ['/', '/zoeken/', documentPath('pages', 'over'), '/themas/thuiszitters/']) {
      const html = htmlOf(route);
      const hrefs = (label: string) => [...(new RegExp(`<nav aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs('Hoofdmenu'), route).toEqual(['/praktijkvoorbeelden/', '/experts/', '/verslagen/', '/agenda/', '/themas/', '/regios/', '/zoeken/']);
      expect(hrefs('Voettekst'), route).toEqual(['/over/', '/achtergrond/', '/veelgestelde-vragen/', '/nieuwsbrief/', '/rss.xml']);
    }
    expect(htmlOf('/zoeken/')).toContain('<a href="/zoeken/" aria-current="page">Zoeken</a>');
  });

  it('shows a practice example’s facts in a fact box', () => {
    const doc = sample.documents.find((d) => d.collection === 'practice-examples' && d.data.region && d.data.funding)!;
    const html = htmlOf(documentPath(doc.collection, doc.slug));
    const box = html.slice(html.indexOf('class="facts"'), html.indexOf('</section>', html.indexOf('class="facts"')));
    expect(box).toContain('Onderwijstype');
    expect(box).toContain(`href="/regios/${doc.data.region}/"`);
    for (const org of doc.data.organisations) expect(box).toContain(escape(org.name));
    expect(box).toContain('Financiering');
  });

  it('writes the site-wide and per-kind RSS feeds', () => {
    const articles = sample.documents.filter((d) => d.collection !== 'pages');
    const feed = read('rss.xml');
    expect(feed).toContain('<language>nl-nl</language>');
    for (const doc of articles) expect(feed).toContain(`<link>https://schoolnabij.nl${documentPath(doc.collection, doc.slug)}</link>`);
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
    expect(html).toMatch(new RegExp(`<img[^>]+src="/_astro/[^"]+\\.webp"[^>]*alt="${escape(withImage.data.image.alt).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  });

  it('indexes exactly the documents with Pagefind, in Dutch', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    expect(entry.languages.nl.page_count).toBe(sample.documents.length);
    expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('writes the facet file: every indexed page with the filter values of its document', () => {
    const file = JSON.parse(gunzipSync(readFileSync(path.join(dist, FACET_FILE))).toString('utf8')) as FacetFile;
    expect(Object.keys(file.pages)).toHaveLength(sample.documents.length);
    // Each fragment names its page's URL; that document's own facets must be what the file holds.
    for (const [id, page] of Object.entries(file.pages)) {
      const { url } = readPagefindFragment(path.join(dist, 'pagefind', 'fragment', `${id}.pf_fragment`));
      const doc = sample.documents.find((d) => documentPath(d.collection, d.slug) === url)!;
      expect(doc, url).toBeDefined();
      const expected = facetsOf({ collection: doc.collection, data: doc.data as Parameters<typeof facetsOf>[0]['data'] });
      const held = Object.fromEntries(file.filters.map((filter, f) => [filter, page[f]!.map((v) => file.values[filter]![v]).sort()]));
      expect(held, url).toEqual(Object.fromEntries(FILTERS.map((filter) => [filter, [...expected[filter]].sort()])));
    }
  });

  it('is Dutch everywhere and loads no script outside the search page and the 404', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(sample.documents.length);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="nl">/i);
      const relative = path.relative(dist, file);
      if (relative !== '404.html' && relative !== path.join('zoeken', 'index.html')) {
        expect(html, relative).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/);
      }
    }
  });
});

describe('the newsletter sign-up', () => {
  it('explains sign-up by e-mail, without a form, when NEWSLETTER_FORM_ACTION is unset', () => {
    const html = htmlOf('/nieuwsbrief/');
    expect(html).toContain('href="mailto:nieuwsbrief@schoolnabij.nl?subject=Aanmelden"');
    expect(html).not.toContain('<form');
  });

  it('posts a form with an e-mail field and a required consent to NEWSLETTER_FORM_ACTION', async () => {
    const action = 'https://lijst.example.nl/aanmelden?lijst=schoolnabij&bron=site';
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-newsletter-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, env: { NEWSLETTER_FORM_ACTION: action } });
    expect(result.code, result.output).toBe(0);
    const html = readFileSync(path.join(out, 'nieuwsbrief', 'index.html'), 'utf8');
    const form = html.slice(html.indexOf('<form'), html.indexOf('</form>') + '</form>'.length);
    expect(form).toMatch(new RegExp(`<form[^>]* method="post"[^>]* action="${escape(action).replace(/[.?]/g, '\\$&')}"`));
    expect(form).toMatch(/<input id="nieuwsbrief-email" type="email" name="email"[^>]* required/);
    expect(form).toContain('<label for="nieuwsbrief-email">E-mailadres</label>');
    expect(form).toMatch(/<input id="nieuwsbrief-toestemming" type="checkbox" name="consent"[^>]* required/);
    expect(form).toContain('<label for="nieuwsbrief-toestemming">');
    expect(form).toContain('<button type="submit">Aanmelden</button>');
    expect(html).not.toContain('mailto:nieuwsbrief@schoolnabij.nl?subject=Aanmelden');
    // No third-party script or pixel comes with it.
    expect(html).not.toMatch(/<script|<img[^>]*src="https?:/);
  });

  it('refuses a NEWSLETTER_FORM_ACTION that is not https, naming it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-newsletter-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, env: { NEWSLETTER_FORM_ACTION: 'http://lijst.example.nl/aanmelden' } });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('NEWSLETTER_FORM_ACTION must be an https URL');
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('a build of content that breaks the contract', () => {
  it('fails with the same one-line messages as check:content', async () => {
    const dir = copyOfSampleContent();
    writeDocument(dir, 'practice-examples', 'kapot', { ...validPracticeExample(dir), sectors: ['havo'], ageMin: 16, ageMax: 12 });
    const expected = checkContent(dir).violations.map(formatViolation);
    expect(expected).toHaveLength(2);
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-broken-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, contentDir: dir });
    expect(result.code).not.toBe(0);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('Markdown bodies, rendered without MDX', () => {
  // Bodies without components skip the MDX compiler (site/lib/content-loader.ts); the same
  // Markdown must come out the same as when MDX compiles it (here forced by a trailing Callout).
  const body = [
    '## Aanleiding en doel',
    '',
    'Een **school** en een *jeugdhulpaanbieder* werken samen, zie [het thema](/themas/) of [de inspectie](https://www.onderwijsinspectie.nl/).',
    'Ouders zeiden: "het werkt" -- en dat is \\{niet\\} niets; de leerkracht noemde het \'eindelijk\' & 100% \\<beter\\>.',
    '',
    '### Wie doen mee',
    '',
    '1. De intern begeleider',
    '2. De jeugdhulpverlener, met:',
    '   - een vast spreekuur',
    '   - ~~wachtlijsten~~ korte lijnen',
    '',
    '> Een citaat van een wethouder.',
    '',
    '| Wie | Wat |',
    '| --- | --- |',
    '| School | Signaleert |',
    '',
    'Code als `<b>` of `{x}` blijft tekst, net als www.schoolnabij.nl.  ',
    'Een harde regelovergang.',
    '',
    '```',
    'a < b && {c}',
    '```',
    '',
  ].join('\n');

  it('comes out as the MDX compiler renders the same Markdown', async () => {
    expect(needsMdx(body)).toBe(false);
    const dir = copyOfSampleContent();
    const example = validPracticeExample(dir);
    writeDocument(dir, 'practice-examples', 'als-markdown', { ...example, title: 'Als Markdown' }, body);
    writeDocument(dir, 'practice-examples', 'als-mdx', { ...example, title: 'Als MDX' }, `${body}\n<Callout title="Tip">\nTekst.\n</Callout>\n`);
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-markdown-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const result = await buildSite({ outDir: path.join(root, 'dist'), contentDir: dir });
    expect(result.code, result.output).toBe(0);
    const prose = (slug: string) => {
      const html = readFileSync(path.join(root, 'dist', 'praktijkvoorbeelden', slug, 'index.html'), 'utf8');
      const inner = /<div class="prose">([\s\S]*?)<\/div>\s*<\/article>/.exec(html)?.[1] ?? '';
      // Serialized by parse5 alike, so that only differences in the markup itself count; MDX
      // writes the code block's inline style as "a: b;", Markdown as "a:b".
      return serialize(parseFragment(inner.replace(/<aside class="callout">[\s\S]*<\/aside>/, '')))
        .replace(/>\s+</g, '><')
        .replace(/style="([^"]*)"/g, (_, css: string) => `style="${css.replace(/\s+/g, '').replace(/;$/, '')}"`)
        .trim();
    };
    const markdown = prose('als-markdown');
    expect(markdown).toContain('<h2 id="aanleiding-en-doel">');
    expect(markdown).toContain('<table>');
    expect(markdown).toContain('“het werkt”');
    expect(markdown).toContain('{niet}');
    expect(markdown).toBe(prose('als-mdx'));
  });
});

describe('a build of content with a broken internal link', () => {
  it('fails, naming the page and the link', async () => {
    const dir = copyOfSampleContent();
    appendFileSync(path.join(dir, 'practice-examples', '2sur5-en-pleysier-college.mdx'), '\nZie ook [dit thema](/themas/bestaat-niet/) en [deze pagina](/over).\n');
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-broken-link-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const result = await buildSite({ outDir: path.join(root, 'dist'), contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('2 broken link(s)');
    expect(result.output).toContain(`${root}/dist/praktijkvoorbeelden/2sur5-en-pleysier-college/index.html: broken link /themas/bestaat-niet/ (link)`);
    expect(result.output).toContain(`${root}/dist/praktijkvoorbeelden/2sur5-en-pleysier-college/index.html: broken link /over (link): no trailing slash: the page is /over/`);
  });
});

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
