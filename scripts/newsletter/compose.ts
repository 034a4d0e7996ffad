/**
 * Composes one newsletter issue from the published documents of content/: the articles published
 * on or after a date, grouped by kind, as e-mail-ready HTML (a table layout with inline styles
 * only: no <style>, no script, no images) and as plain text. Pure: no file or network access.
 */
import type { CheckedDocument } from '../../contract/check.ts';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO, documentPath, type ArticleCollection } from '../../contract/vocabulary.ts';
import { formatDate, formatDateTime } from '../../site/lib/dates.ts';

export const DEFAULT_SITE_URL = 'https://schoolnabij.nl';

export interface ComposeOptions {
  /** Validated documents, as checkContent returns them (content/ holds only published ones). */
  documents: readonly CheckedDocument[];
  /** YYYY-MM-DD: documents published on or after this date are in the issue. */
  since: string;
  /** Absolute site address, without or with a trailing slash. */
  siteUrl?: string;
}

export interface NewsletterLink {
  /** The site path the link points to (/praktijkvoorbeelden/<slug>/), without campaign parameters. */
  path: string;
  /** The absolute URL in the newsletter, with its campaign parameters. */
  url: string;
}

export interface NewsletterItem {
  collection: ArticleCollection;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  url: string;
}

export interface NewsletterGroup {
  collection: ArticleCollection;
  heading: string;
  items: NewsletterItem[];
}

export interface Newsletter {
  subject: string;
  groups: NewsletterGroup[];
  /** Number of items in the issue; 0 means there is nothing to send. */
  count: number;
  html: string;
  text: string;
  /** Every link of the issue, items and footer alike. */
  links: NewsletterLink[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The campaign parameters of the issue that starts at `since`. */
export function campaignParams(since: string): URLSearchParams {
  return new URLSearchParams({ utm_source: 'nieuwsbrief', utm_medium: 'email', utm_campaign: `nieuwsbrief-${since}` });
}

export function composeNewsletter({ documents, since, siteUrl = DEFAULT_SITE_URL }: ComposeOptions): Newsletter {
  if (!isIsoDate(since)) throw new Error(`since must be a date written YYYY-MM-DD, got "${since}"`);
  const base = new URL(siteUrl);
  const links: NewsletterLink[] = [];
  const link = (sitePath: string): string => {
    const url = new URL(sitePath, base);
    url.search = campaignParams(since).toString();
    links.push({ path: sitePath, url: url.href });
    return url.href;
  };

  const groups: { collection: ArticleCollection; heading: string; items: Item[] }[] = [];
  for (const collection of ARTICLE_COLLECTIONS) {
    const items = documents
      .filter((doc) => doc.collection === collection && String(doc.data.publishedAt) >= since)
      .sort((a, b) => String(b.data.publishedAt).localeCompare(String(a.data.publishedAt)) || a.slug.localeCompare(b.slug))
      .map((doc): Item => ({
        collection,
        slug: doc.slug,
        title: String(doc.data.title),
        summary: String(doc.data.summary),
        publishedAt: String(doc.data.publishedAt),
        url: link(documentPath(collection, doc.slug)),
        event: collection === 'events' ? eventLine(doc.data) : undefined,
      }));
    if (items.length > 0) groups.push({ collection, heading: COLLECTION_INFO[collection].plural, items });
  }
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const home = link('/');
  const signUp = link('/nieuwsbrief/');
  const subject = `Nieuwsbrief Schoolnabij: nieuw sinds ${formatDate(since)}`;
  return {
    subject,
    groups: groups.map(({ collection, heading, items }) => ({ collection, heading, items: items.map(({ event: _, ...item }) => item) })),
    count,
    html: renderHtml(subject, since, groups, home, signUp),
    text: renderText(subject, since, groups, home, signUp),
    links,
  };
}

type Item = NewsletterItem & { event?: string };

/** "Wanneer: vrijdag 6 november 2026 om 09:30, Dronten" for an event. */
function eventLine(data: Record<string, any>): string {
  return `Wanneer: ${formatDateTime(data.startsAt)}${data.location ? `, ${data.location}` : ''}`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#0b5394';

function renderHtml(subject: string, since: string, groups: { heading: string; items: Item[] }[], home: string, signUp: string): string {
  const rows: string[] = [];
  rows.push(
    `<tr><td style="${FONT}padding:24px 24px 8px;color:${INK};">` +
      `<p style="margin:0 0 4px;font-size:14px;color:${MUTED};">Schoolnabij</p>` +
      `<h1 style="margin:0 0 12px;font-size:24px;line-height:1.3;color:${INK};">Nieuw sinds ${escapeHtml(formatDate(since))}</h1>` +
      `<p style="margin:0;font-size:16px;line-height:1.5;">Praktijkvoorbeelden, bijdragen van experts, verslagen en de agenda: dit is er nieuw op Schoolnabij.</p>` +
      `</td></tr>`,
  );
  for (const group of groups) {
    rows.push(
      `<tr><td style="${FONT}padding:24px 24px 0;">` +
        `<h2 style="margin:0;padding-bottom:6px;border-bottom:2px solid ${ACCENT};font-size:19px;line-height:1.3;color:${INK};">${escapeHtml(group.heading)}</h2>` +
        `</td></tr>`,
    );
    for (const item of group.items) {
      rows.push(
        `<tr><td style="${FONT}padding:16px 24px 0;color:${INK};">` +
          `<h3 style="margin:0 0 4px;font-size:17px;line-height:1.35;"><a href="${escapeHtml(item.url)}" style="color:${ACCENT};text-decoration:underline;">${escapeHtml(item.title)}</a></h3>` +
          `<p style="margin:0 0 6px;font-size:13px;color:${MUTED};">${escapeHtml(formatDate(item.publishedAt))}</p>` +
          (item.event ? `<p style="margin:0 0 6px;font-size:15px;line-height:1.5;"><strong>${escapeHtml(item.event)}</strong></p>` : '') +
          `<p style="margin:0 0 6px;font-size:15px;line-height:1.5;">${escapeHtml(item.summary)}</p>` +
          `<p style="margin:0;font-size:15px;"><a href="${escapeHtml(item.url)}" style="color:${ACCENT};text-decoration:underline;">Lees verder</a></p>` +
          `</td></tr>`,
      );
    }
  }
  rows.push(
    `<tr><td style="${FONT}padding:32px 24px 24px;font-size:13px;line-height:1.5;color:${MUTED};">` +
      `<p style="margin:0 0 8px;">U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op <a href="${escapeHtml(signUp)}" style="color:${ACCENT};">Schoolnabij</a>. Geen advertenties en geen volgpixels.</p>` +
      `<p style="margin:0;"><a href="${escapeHtml(home)}" style="color:${ACCENT};">schoolnabij.nl</a> &ndash; samen jeugdhulp dicht bij school organiseren</p>` +
      `</td></tr>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#f3f4f6;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">`,
    `<tr><td align="center" style="padding:16px 8px;">`,
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;">`,
    ...rows,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderText(subject: string, since: string, groups: { heading: string; items: Item[] }[], home: string, signUp: string): string {
  const lines: string[] = [subject, '', `Nieuw sinds ${formatDate(since)}: praktijkvoorbeelden, bijdragen van experts, verslagen en de agenda.`];
  for (const group of groups) {
    lines.push('', '', group.heading.toUpperCase(), '='.repeat(group.heading.length));
    for (const item of group.items) {
      lines.push('', item.title, formatDate(item.publishedAt));
      if (item.event) lines.push(item.event);
      lines.push(item.summary, `Lees verder: ${item.url}`);
    }
  }
  lines.push(
    '',
    '',
    '--',
    'U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op Schoolnabij.',
    'Geen advertenties en geen volgpixels.',
    `Aanmelden: ${signUp}`,
    `Website: ${home}`,
    '',
  );
  return lines.join('\n');
}
