/**
 * The body of the CMS's mails: a greeting, paragraphs, one link as a button and in full (for mail
 * programs that show no buttons), as HTML with inline styles only, and the same as plain text.
 */
import { escapeHtml } from './html.ts';

export interface MailContent {
  /** The name of the person written to; "Beste collega" without one. */
  name?: string | null;
  paragraphs: string[];
  link: { href: string; label: string };
  closing: string[];
}

export function mailHtml({ name, paragraphs, link, closing }: MailContent): string {
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  return [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px">',
    p(`${greeting(name)},`),
    ...paragraphs.map(p),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:10px 18px;background:#0b5a8a;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>`,
    p(`Werkt de knop niet? Kopieer dan deze link naar uw browser: ${link.href}`),
    ...closing.map(p),
    p('Met vriendelijke groet,'),
    p('Schoolnabij'),
    '</div>',
  ].join('\n');
}

export function mailText({ name, paragraphs, link, closing }: MailContent): string {
  return [`${greeting(name)},`, ...paragraphs, `${link.label}: ${link.href}`, ...closing, 'Met vriendelijke groet,\nSchoolnabij'].join('\n\n') + '\n';
}

function greeting(name: string | null | undefined): string {
  return `Beste ${name?.trim() || 'collega'}`;
}
