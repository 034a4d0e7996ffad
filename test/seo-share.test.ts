/**
 * Link previews, structured data, sharing and contact details on the built sample site: the
 * meta tags and JSON-LD each page carries (parsed as a search engine reads them), the share
 * links of every article, the contact person in the fact box, the footer's contact address and
 * the small script budget of an article page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath, COLLECTION_INFO } from '../contract/index.ts';
import { DEFAULT_CONTACT_EMAIL } from '../site/lib/site-contact.ts';

const dist = inject('siteDir');
const sample = checkContent(path.resolve('content'));
const SITE = 'https://schoolnabij.nl';
const articles = sample.documents.filter((d) => d.collection !== 'pages');

function pageOf(route: string) {
  const html = readFileSync(path.join(dist, route, 'index.html'), 'utf8');
  const dom = parseDocument(html);
  const meta = (key: string) =>
    DomUtils.findAll((e) => e.name === 'meta' && (e.attribs.property === key || e.attribs.name === key), dom.children).map((e) => e.attribs.content);
  const one = (key: string) => {
    const found = meta(key);
    expect(found, `${route}: ${key}`).toHaveLength(1);
    return found[0]!;
  };
  const jsonLd = DomUtils.findAll((e) => e.name === 'script' && e.attribs.type === 'application/ld+json', dom.children).flatMap((e) => {
    const parsed: unknown = JSON.parse(DomUtils.textContent(e));
    return (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
  });
  const scripts = DomUtils.findAll((e) => e.name === 'script' && e.attribs.type !== 'application/ld+json', dom.children);
  return { html, dom, meta, one, jsonLd, scripts, title: DomUtils.textContent(DomUtils.findOne((e) => e.name === 'title', dom.children)!) };
}

/** The file of dist/ an absolute URL on the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return path.join(dist, decodeURIComponent(new URL(url).pathname));
};

describe('link previews', () => {
  it.each(sample.documents.map((d) => [documentPath(d.collection, d.slug), d] as const))('%s has og: and twitter: tags', (route, doc) => {
    const page = pageOf(route);
    const data = doc.data as { title: string; summary: string; seoTitle?: string; seoDescription?: string; image?: { alt: string } };
    expect(page.one('og:title')).toBe(data.seoTitle ?? data.title);
    expect(page.one('og:description')).toBe(data.seoDescription ?? data.summary);
    expect(page.one('description')).toBe(data.seoDescription ?? data.summary);
    expect(page.title).toBe(`${data.seoTitle ?? data.title} – Schoolnabij`);
    expect(page.one('og:url')).toBe(`${SITE}${route}`);
    expect(page.one('og:type')).toBe(doc.collection === 'pages' ? 'website' : 'article');
    const image = page.one('og:image');
    expect(existsSync(fileOf(image)), image).toBe(true);
    expect(page.one('twitter:image')).toBe(image);
    if (data.image) {
      expect(image).toMatch(/^https:\/\/schoolnabij\.nl\/_astro\/[^/]+\.jpg$/);
      expect(page.one('og:image:width')).toBe('1200');
      expect(page.one('og:image:alt')).toBe(data.image.alt);
      expect(page.one('twitter:card')).toBe('summary_large_image');
    } else {
      expect(image).toBe(`${SITE}/og-default.png`);
      expect(page.one('twitter:card')).toBe('summary');
    }
  });

  it('uses seoTitle and seoDescription where a document has them (the sample has one)', () => {
    const withSeo = sample.documents.filter((d) => 'seoTitle' in d.data && d.data.seoTitle && d.data.seoDescription);
    expect(withSeo.length).toBeGreaterThan(0);
    for (const doc of withSeo) {
      const page = pageOf(documentPath(doc.collection, doc.slug));
      expect(page.one('og:title')).not.toBe(doc.data.title);
      // The page itself keeps its title.
      expect(page.html).toContain(`>${doc.data.title}</h1>`);
    }
  });

  it('keeps every redirect page out of search engines', () => {
    const redirects = sample.documents.flatMap((d) => d.data.redirectFrom ?? []);
    expect(redirects.length).toBeGreaterThan(0);
    for (const from of redirects) expect(pageOf(from).one('robots'), from).toBe('noindex');
  });
});

describe('structured data (JSON-LD)', () => {
  it.each(['/', '/praktijkvoorbeelden/', '/praktijkvoorbeelden/pagina/2/', '/themas/', '/themas/thuiszitters/', '/regios/flevoland/', '/nieuwsbrief/'])(
    '%s, not a document, carries its breadcrumb path once',
    (route) => {
      const crumbs = pageOf(route).jsonLd.filter((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs, route).toHaveLength(1);
      const items = crumbs[0]!.itemListElement as { position: number; name: string; item: string }[];
      expect(items[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'Schoolnabij', item: `${SITE}/` });
      expect(items.at(-1)!.item).toBe(`${SITE}${route}`);
      if (route.split('/').filter(Boolean).length > 1) expect(items[1]!.item).toBe(`${SITE}/${route.split('/')[1]}/`);
    },
  );

  it.each(sample.documents.map((d) => [documentPath(d.collection, d.slug), d] as const))('%s describes itself and its breadcrumb path', (route, doc) => {
    const { jsonLd } = pageOf(route);
    const url = `${SITE}${route}`;
    const byType = (type: string) => jsonLd.filter((d) => d['@type'] === type);
    for (const item of jsonLd) expect(item['@context']).toBe('https://schema.org');
    const crumbs = byType('BreadcrumbList');
    expect(crumbs).toHaveLength(1);
    const route0 = COLLECTION_INFO[doc.collection].route;
    expect(crumbs[0]!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Schoolnabij', item: `${SITE}/` },
      ...(route0 ? [{ '@type': 'ListItem', position: 2, name: COLLECTION_INFO[doc.collection].plural, item: `${SITE}/${route0}/` }] : []),
      { '@type': 'ListItem', position: route0 ? 3 : 2, name: doc.data.title, item: url },
    ]);
    const data = doc.data as Record<string, unknown> & { title: string; publishedAt: string; updatedAt?: string };
    if (doc.collection === 'events') {
      const [event] = byType('Event');
      expect(event).toMatchObject({ name: data.title, url, startDate: data.startsAt });
      if (data.endsAt) expect(event!.endDate).toBe(data.endsAt);
      if (data.location) expect(event!.location).toEqual({ '@type': 'Place', name: data.location, address: data.location });
    } else if (doc.collection === 'pages') {
      expect(jsonLd).toHaveLength(1);
    } else {
      const [article] = byType('Article');
      expect(article).toMatchObject({
        headline: data.title,
        url,
        datePublished: data.publishedAt,
        dateModified: data.updatedAt ?? data.publishedAt,
        publisher: { '@type': 'Organization', name: 'Schoolnabij', url: `${SITE}/` },
      });
      if (data.image) {
        expect(article!.image).toEqual([pageOf(route).one('og:image')]);
      } else expect(article!.image).toBeUndefined();
      if (doc.collection === 'expert-pieces') {
        const expert = sample.people.find((p) => p.slug === data.expert)!;
        expect(article!.author).toEqual({ '@type': 'Person', name: expert.name, jobTitle: expert.role, worksFor: { '@type': 'Organization', name: expert.organisation } });
      }
    }
  });
});

describe('sharing without trackers', () => {
  it.each(articles.map((d) => [documentPath(d.collection, d.slug), d] as const))('%s has plain share links and a hidden copy button', (route, doc) => {
    const { dom } = pageOf(route);
    const url = `${SITE}${route}`;
    const section = DomUtils.findOne((e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'delen', dom.children)!;
    expect(section).toBeTruthy();
    const links = Object.fromEntries(DomUtils.findAll((e) => e.name === 'a' && e.attribs['data-share'] !== undefined, [section]).map((a) => [a.attribs['data-share'], a.attribs.href]));
    const u = encodeURIComponent(url);
    const text = encodeURIComponent(`${doc.data.title} ${url}`);
    expect(links).toEqual({
      email: `mailto:?subject=${encodeURIComponent(doc.data.title)}&body=${u}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      whatsapp: `https://wa.me/?text=${text}`,
      bluesky: `https://bsky.app/intent/compose?text=${text}`,
    });
    const button = DomUtils.findOne((e) => e.name === 'button' && e.attribs['data-copy-link'] !== undefined, [section])!;
    expect(button.attribs).toMatchObject({ 'data-copy-link': url, hidden: '' });
    expect(DomUtils.textContent(button)).toBe('Link kopiëren');
    expect(DomUtils.findOne((e) => e.attribs.role === 'status' && e.attribs['aria-live'] === 'polite', [section])).toBeTruthy();
  });

  it('loads nothing from another origin on an article page: no iframe, no external script, style, font or image', () => {
    for (const doc of articles) {
      const route = documentPath(doc.collection, doc.slug);
      const { dom } = pageOf(route);
      expect(DomUtils.findAll((e) => ['iframe', 'object', 'embed', 'frame'].includes(e.name), dom.children), route).toEqual([]);
      const loaded = DomUtils.findAll((e) => ['script', 'img', 'source', 'link', 'video', 'audio'].includes(e.name), dom.children)
        .filter((e) => e.name !== 'link' || !['canonical', 'alternate', 'sitemap'].includes(e.attribs.rel ?? ''))
        .flatMap((e) => [e.attribs.src, e.attribs.href, ...(e.attribs.srcset ?? '').split(',').map((s) => s.trim().split(' ')[0])])
        .filter((v): v is string => !!v);
      expect(loaded.filter((v) => !v.startsWith('/') || v.startsWith('//')), route).toEqual([]);
    }
  });

  it('keeps every article page’s script under 2 KB gzipped (measured here: the copy-link script)', () => {
    let largest = 0;
    for (const doc of articles) {
      const { scripts } = pageOf(documentPath(doc.collection, doc.slug));
      const text = scripts.map((s) => (s.attribs.src ? readFileSync(path.join(dist, s.attribs.src), 'utf8') : DomUtils.textContent(s))).join('\n');
      largest = Math.max(largest, gzipSync(text, { level: 9 }).length);
    }
    console.log(`largest article-page script, gzipped: ${largest} bytes`);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(2048);
  });
});

describe('contact details', () => {
  it('shows the contact person of a practice example with mailto: and tel: (+31…) links', () => {
    const withContact = sample.documents.filter((d) => d.collection === 'practice-examples' && d.data.contact);
    let shown = 0;
    for (const doc of withContact) {
      const person = sample.people.find((p) => p.slug === (doc.data as { contact: string }).contact)!;
      const { html } = pageOf(documentPath(doc.collection, doc.slug));
      if (person.email) expect(html).toContain(`href="mailto:${person.email}"`);
      if (person.phone) {
        expect(html).toMatch(new RegExp(`href="tel:\\+31\\d{9}"[^>]*>${person.phone}</a>`));
        shown++;
      }
      if (!person.email && !person.phone) expect(html).not.toContain('class="plain contact-links"');
    }
    expect(shown, 'a sample contact person with a phone number').toBeGreaterThan(0);
    expect(pageOf('/praktijkvoorbeelden/goed-is-goed-genoeg-dronten/').html).toContain('href="tel:+31321123456"');
  });

  it('shows the expert of an expert piece with a mailto: link', () => {
    const { html } = pageOf('/experts/van-multidisciplinair-naar-interprofessioneel/');
    expect(html).toContain('href="mailto:hans.schuman@hu.example"');
  });

  it('shows the site’s contact address in the footer of every page', () => {
    for (const route of ['/', '/zoeken/', ...sample.documents.map((d) => documentPath(d.collection, d.slug))]) {
      const footer = DomUtils.findOne((e) => e.name === 'footer', pageOf(route).dom.children)!;
      expect(DomUtils.findAll((e) => e.name === 'a' && e.attribs.href === `mailto:${DEFAULT_CONTACT_EMAIL}`, [footer]), route).toHaveLength(1);
    }
  });
});
