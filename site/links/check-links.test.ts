import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { checkLinks, formatLinkProblem, LinkCheckError } from './check-links.ts';
import { findReferences, type FileReferences } from './references.ts';

const SITE = 'https://schoolnabij.nl';

/** A small output folder: file path → content, removed when the test ends. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-links-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const page = (body: string, head = '') => `<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`;

/** A sound little site that each test breaks in one place. */
const base = (): Record<string, string> => ({
  'index.html': page('<a href="/themas/">Thema’s</a> <a href="themas/thuiszitters/">relatief</a>', '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://schoolnabij.nl/">'),
  'themas/index.html': page('<main id="inhoud"><a href="../">home</a> <a href="thuiszitters/#uitleg">uitleg</a></main>'),
  'themas/thuiszitters/index.html': page('<h2 id="uitleg">Uitleg</h2><img src="/_astro/foto.webp" srcset="/_astro/foto-480.webp 480w, /_astro/foto.webp 800w" alt="">'),
  '_astro/site.css': 'body{}',
  '_astro/foto.webp': 'x',
  '_astro/foto-480.webp': 'x',
  'media/verslag.pdf': '%PDF',
  'rss.xml': '<?xml version="1.0"?><rss version="2.0"><channel><link>https://schoolnabij.nl/</link><item><link>https://schoolnabij.nl/themas/thuiszitters/</link><guid isPermaLink="true">https://schoolnabij.nl/themas/thuiszitters/</guid></item></channel></rss>',
  'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://schoolnabij.nl/sitemap-0.xml</loc></sitemap></sitemapindex>',
  'sitemap-0.xml': '<?xml version="1.0"?><urlset><url><loc>https://schoolnabij.nl/</loc></url><url><loc>https://schoolnabij.nl/themas/</loc></url></urlset>',
  'robots.txt': 'User-agent: *\nSitemap: https://schoolnabij.nl/sitemap-index.xml\n',
  'oud/index.html': page('', '<meta http-equiv="refresh" content="0;url=/themas/">'),
  _redirects: '/oud/ /themas/ 301\n',
});

describe('checkLinks', () => {
  it('finds nothing wrong in a sound site', () => {
    expect(checkLinks(site(base()), { site: SITE })).toEqual([]);
  });

  it('reports a broken internal link, naming the page', () => {
    const dir = site({ ...base(), 'praktijkvoorbeelden/x/index.html': page('<a href="/themas/bestaat-niet/">weg</a>') });
    const problems = checkLinks(dir, { site: SITE });
    expect(problems).toEqual([{ page: 'praktijkvoorbeelden/x/index.html', link: '/themas/bestaat-niet/', kind: 'link' }]);
    expect(formatLinkProblem(problems[0]!)).toBe('dist/praktijkvoorbeelden/x/index.html: broken link /themas/bestaat-niet/ (link)');
  });

  it('resolves relative links against the page, and reports broken ones', () => {
    const dir = site({ ...base(), 'themas/index.html': page('<a href="../">home</a> <a href="geen/">geen</a> <a href="../../../themas/">boven de wortel</a>') });
    expect(checkLinks(dir, { site: SITE })).toEqual([{ page: 'themas/index.html', link: 'geen/', kind: 'link' }]);
  });

  it('resolves the links of a page against its <base href>', () => {
    const dir = site({ ...base(), 'over/index.html': page('<a href="thuiszitters/">goed</a> <a href="over/">fout</a>', '<base href="/themas/">') });
    expect(checkLinks(dir, { site: SITE })).toEqual([{ page: 'over/index.html', link: 'over/', kind: 'link' }]);
  });

  it('reports a missing image, in src and in srcset', () => {
    const dir = site({ ...base(), 'themas/thuiszitters/index.html': page('<h2 id="uitleg">Uitleg</h2><img src="/_astro/weg.webp" srcset="/_astro/foto.webp 480w, /_astro/ook-weg.webp 800w" alt="">') });
    expect(checkLinks(dir, { site: SITE })).toEqual([
      { page: 'themas/thuiszitters/index.html', link: '/_astro/weg.webp', kind: 'image' },
      { page: 'themas/thuiszitters/index.html', link: '/_astro/ook-weg.webp', kind: 'image' },
    ]);
  });

  it('reports a missing attachment, and accepts a present one', () => {
    const dir = site({ ...base(), 'over/index.html': page('<a href="/media/verslag.pdf">verslag</a> <a href="/media/plan.pptx">plan</a>') });
    expect(checkLinks(dir, { site: SITE })).toEqual([{ page: 'over/index.html', link: '/media/plan.pptx', kind: 'attachment' }]);
  });

  it('reports a page link without its trailing slash', () => {
    const dir = site({ ...base(), 'over/index.html': page('<a href="/themas">thema’s</a> <a href="https://schoolnabij.nl/themas/thuiszitters?x=1">absoluut</a>') });
    expect(checkLinks(dir, { site: SITE })).toEqual([
      { page: 'over/index.html', link: '/themas', kind: 'link', reason: 'no trailing slash: the page is /themas/' },
      { page: 'over/index.html', link: 'https://schoolnabij.nl/themas/thuiszitters?x=1', kind: 'link', reason: 'no trailing slash: the page is /themas/thuiszitters/' },
    ]);
  });

  it('reports a sitemap entry and a feed entry that point nowhere', () => {
    const files = base();
    files['sitemap-0.xml'] = files['sitemap-0.xml']!.replace('</urlset>', '<url><loc>https://schoolnabij.nl/verdwenen/</loc></url></urlset>');
    files['rss.xml'] = files['rss.xml']!.replace('</channel>', '<item><link>https://schoolnabij.nl/agenda/weg/</link><guid isPermaLink="true">https://schoolnabij.nl/agenda/weg/</guid></item></channel>');
    files['robots.txt'] = 'Sitemap: https://schoolnabij.nl/sitemap.xml\n';
    expect(checkLinks(site(files), { site: SITE })).toEqual([
      { page: 'robots.txt', link: 'https://schoolnabij.nl/sitemap.xml', kind: 'sitemap' },
      { page: 'rss.xml', link: 'https://schoolnabij.nl/agenda/weg/', kind: 'feed' },
      { page: 'rss.xml', link: 'https://schoolnabij.nl/agenda/weg/', kind: 'feed' },
      { page: 'sitemap-0.xml', link: 'https://schoolnabij.nl/verdwenen/', kind: 'sitemap' },
    ]);
  });

  it('reports a redirect whose page or target is missing', () => {
    const dir = site({ ...base(), _redirects: '/oud/ /themas/ 301\n/ouder/ /themas/ 301\n/oud/ /themas/weg/ 301\n' });
    expect(checkLinks(dir, { site: SITE })).toEqual([
      { page: '_redirects', link: '/ouder/', kind: 'redirect' },
      { page: '_redirects', link: '/themas/weg/', kind: 'redirect' },
    ]);
    const refresh = site({ ...base(), 'oud/index.html': page('', '<meta http-equiv="refresh" content="0;url=/themas/weg/">') });
    expect(checkLinks(refresh, { site: SITE })).toEqual([{ page: 'oud/index.html', link: '/themas/weg/', kind: 'redirect' }]);
  });

  it('ignores query strings, and skips external links, mailto: and tel:', () => {
    const dir = site({
      ...base(),
      'over/index.html': page(
        '<a href="/themas/?utm_source=nieuwsbrief&amp;utm_medium=email">q</a> <a href="https://schoolnabij.nl/rss.xml?utm_source=x">feed</a> <a href="/media/verslag.pdf?download=1#page=2">pdf</a>' +
          '<a href="https://example.org/bestaat-niet/">extern</a> <a href="//example.org/x">extern</a> <a href="mailto:info@schoolnabij.nl">mail</a> <a href="tel:+31301234567">bel</a> <a href="#">top</a>',
      ),
    });
    expect(checkLinks(dir, { site: SITE })).toEqual([]);
  });

  it('checks that a fragment names an element of the target page', () => {
    const dir = site({ ...base(), 'over/index.html': page('<p id="hier"></p><a href="#hier">hier</a> <a href="#nergens">nergens</a> <a href="/themas/thuiszitters/#uitleg">uitleg</a> <a href="/themas/#geen">geen</a>') });
    expect(checkLinks(dir, { site: SITE })).toEqual([
      { page: 'over/index.html', link: '#nergens', kind: 'link', reason: 'no element with id "nergens" on /over/' },
      { page: 'over/index.html', link: '/themas/#geen', kind: 'link', reason: 'no element with id "geen" on /themas/' },
    ]);
    expect(checkLinks(dir, { site: SITE, fragments: false })).toEqual([]);
  });

  it('does not need the Pagefind index, which is written after the check', () => {
    const dir = site({ ...base(), 'zoeken/index.html': page('<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind.js"></script>') });
    expect(checkLinks(dir, { site: SITE })).toEqual([]);
    expect(checkLinks(dir, { site: SITE, writtenLater: [] }).map((p) => p.link)).toEqual(['/pagefind/pagefind-ui.css', '/pagefind/pagefind.js']);
  });

  it('lists every problem in its error', () => {
    const dir = site({ ...base(), 'a/index.html': page('<a href="/x/">x</a>'), 'b/index.html': page('<img src="/y.png" alt="">') });
    const error = new LinkCheckError(checkLinks(dir, { site: SITE }));
    expect(error.message).toBe('2 broken link(s) in the built site:\ndist/a/index.html: broken link /x/ (link)\ndist/b/index.html: broken link /y.png (image)');
  });
});

describe('checkLinks with remembered references (the publish job\'s memo)', () => {
  it('resolves what a page referred to against the files of this build, and scans each file once', () => {
    const files = base();
    delete files['themas/thuiszitters/index.html'];
    const dir = site(files);
    const scanned: string[] = [];
    // The references as an earlier build found them: a link, and a fragment on a page that is gone now.
    const remembered: Record<string, FileReferences> = {
      'index.html': { references: [{ link: '/themas/#inhoud', kind: 'link' }, { link: '/themas/#weg', kind: 'link' }] },
      'themas/index.html': { references: [{ link: 'thuiszitters/#uitleg', kind: 'link' }, { link: '/', kind: 'link' }], ids: new Set(['inhoud']) },
    };
    const problems = checkLinks(dir, {
      site: SITE,
      scan: (file, read) => {
        scanned.push(file);
        return remembered[file] ?? findReferences(file, read);
      },
    });
    expect(problems.map((p) => formatLinkProblem(p))).toEqual([
      'dist/index.html: broken link /themas/#weg (link): no element with id "weg" on /themas/',
      'dist/rss.xml: broken link https://schoolnabij.nl/themas/thuiszitters/ (feed)',
      'dist/rss.xml: broken link https://schoolnabij.nl/themas/thuiszitters/ (feed)',
      'dist/themas/index.html: broken link thuiszitters/#uitleg (link)',
    ]);
    expect(scanned.length).toBe(new Set(scanned).size);
  });
});

describe('the sample build', () => {
  it('has no broken internal link', () => {
    expect(checkLinks(inject('siteDir'), { site: SITE }).map((p) => formatLinkProblem(p))).toEqual([]);
  });
});
