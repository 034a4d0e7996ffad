import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../contract/index.ts';
import { composeNewsletter, isIsoDate } from './compose.ts';

const sample = checkContent(path.resolve('content'));
const since = '2023-01-01';
const issue = composeNewsletter({ documents: sample.documents, since });
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('composeNewsletter on the sample content', () => {
  it('has exactly the articles published on or after since, and no page', () => {
    const expected = sample.documents.filter((d) => d.collection !== 'pages' && d.data.publishedAt >= since).map((d) => `${d.collection}/${d.slug}`);
    const got = issue.groups.flatMap((g) => g.items.map((i) => `${i.collection}/${i.slug}`));
    expect(expected.length).toBeGreaterThan(1);
    expect(got.sort()).toEqual(expected.sort());
    expect(issue.count).toBe(expected.length);
    // Something older than since exists in the sample, and stays out.
    const older = sample.documents.filter((d) => d.collection !== 'pages' && d.data.publishedAt < since);
    expect(older.length).toBeGreaterThan(0);
    for (const doc of older) {
      expect(issue.html, doc.slug).not.toContain(`/${doc.slug}/`);
      expect(issue.text, doc.slug).not.toContain(`/${doc.slug}/`);
    }
    for (const page of sample.documents.filter((d) => d.collection === 'pages')) expect(issue.html).not.toContain(`/${page.slug}/`);
  });

  it('groups by kind in the fixed order, skips empty groups, newest first within a group', () => {
    const order = ['Praktijkvoorbeelden', 'Expert aan het woord', 'Verslagen', 'Agenda'];
    const headings = issue.groups.map((g) => g.heading);
    expect(headings).toEqual(order.filter((h) => headings.includes(h)));
    expect(headings).not.toContain('Expert aan het woord'); // none in the sample since 2023
    const positions = headings.map((h) => issue.html.indexOf(`>${h}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const textPositions = headings.map((h) => issue.text.indexOf(h.toUpperCase()));
    expect([...textPositions].sort((a, b) => a - b)).toEqual(textPositions);
    for (const group of issue.groups) {
      const dates = group.items.map((i) => i.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      const html = group.items.map((i) => issue.html.indexOf(i.url.replaceAll('&', '&amp;')));
      expect([...html].sort((a, b) => a - b)).toEqual(html);
    }
  });

  it('shows title, Dutch date, summary and the permanent link of each item', () => {
    const item = issue.groups[0]!.items[0]!;
    const doc = sample.documents.find((d) => d.slug === item.slug && d.collection === item.collection)!;
    expect(issue.text).toContain(doc.data.title);
    expect(issue.text).toContain(doc.data.summary);
    expect(issue.text).toContain(item.url);
    expect(issue.html).toContain(item.url.replaceAll('&', '&amp;'));
    expect(issue.text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    expect(item.url.startsWith(`https://schoolnabij.nl/${item.collection === 'practice-examples' ? 'praktijkvoorbeelden' : ''}`)).toBe(true);
  });

  it('tags every link, in the HTML and the text, with the campaign of since', () => {
    const all = [...hrefs(issue.html), ...issue.links.map((l) => l.url), ...(issue.text.match(/https?:\/\/\S+/g) ?? [])];
    expect(all.length).toBeGreaterThan(issue.count);
    for (const href of all) {
      const url = new URL(href);
      expect(url.searchParams.get('utm_source'), href).toBe('nieuwsbrief');
      expect(url.searchParams.get('utm_medium'), href).toBe('email');
      expect(url.searchParams.get('utm_campaign'), href).toBe(`nieuwsbrief-${since}`);
    }
    // Every link in the HTML is one the CLI checks against the build.
    expect(new Set(hrefs(issue.html))).toEqual(new Set(issue.links.map((l) => l.url)));
  });

  it('uses SITE_URL for the links', () => {
    const other = composeNewsletter({ documents: sample.documents, since, siteUrl: 'https://test.schoolnabij.nl/' });
    for (const link of other.links) expect(link.url.startsWith('https://test.schoolnabij.nl/')).toBe(true);
  });

  it('is e-mail-safe HTML: no script, no images or pixels, no stylesheet, styles inline', () => {
    expect(issue.html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(issue.html).not.toMatch(/<script/i);
    expect(issue.html).not.toMatch(/<img|<picture|<video|<iframe|background(-image)?\s*[:=][^;"]*url\(|<link/i);
    expect(issue.html).not.toMatch(/<style/i);
    expect(issue.html).toContain('<table role="presentation"');
    expect(issue.html).toMatch(/<h2 style="[^"]+">/);
  });

  it('is empty when nothing was published since the date', () => {
    const none = composeNewsletter({ documents: sample.documents, since: '2099-01-01' });
    expect(none.count).toBe(0);
    expect(none.groups).toEqual([]);
  });

  it('refuses a since that is not a YYYY-MM-DD date', () => {
    for (const value of ['2026-02-30', '1-10-2026', '2026-10-1', '', '2026-10-01T00:00']) {
      expect(isIsoDate(value), value).toBe(false);
      expect(() => composeNewsletter({ documents: [], since: value }), value).toThrow(/YYYY-MM-DD/);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
