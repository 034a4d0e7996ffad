/**
 * What a body may hold, checked on the server too (the editor's toolbar is not the only way in):
 * exactly the nodes the site turns into MDX.
 */
import { LINK_SCHEMES, linkTargetProblem } from '../../contract/link-target.ts';

export const HEADING_TAGS = ['h2', 'h3', 'h4'] as const;
export const BODY_BLOCKS = ['callout', 'figure'] as const;
const ALLOWED_NODES = new Set(['root', 'paragraph', 'heading', 'text', 'linebreak', 'tab', 'list', 'listitem', 'quote', 'link', 'autolink', 'upload', 'block']);
/** Lexical text format bits the site renders: bold (1) and italic (2). */
export const TEXT_FORMATS = 1 | 2;

type LexicalNode = {
  type?: unknown;
  tag?: unknown;
  text?: unknown;
  children?: unknown;
  relationTo?: unknown;
  fields?: { blockType?: unknown; linkType?: unknown; url?: unknown };
  format?: unknown;
};

/**
 * A link typed as an address goes to a web address, an e-mail address (mailto:) or a phone number
 * (tel:), the contract's link schemes; a path on the site is a link chosen as a document, which has
 * none. The link field says so in the editor; this holds for every way in (the REST API, a paste,
 * an autolink), since the site would otherwise publish a javascript: or data: link.
 */
export function isLinkAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (!(LINK_SCHEMES as readonly string[]).includes(scheme) || linkTargetProblem(url) !== undefined) return false;
  // "mailto:" or "tel:" alone names no one to write to or call.
  return parsed.protocol.startsWith('http') || parsed.pathname.trim() !== '';
}

export const LINK_ADDRESS_HINT = 'gebruik een webadres dat begint met https:// of http://, een e-mailadres met mailto: (mailto:naam@voorbeeld.nl) of een telefoonnummer met tel: (tel:+31201234567), of kies een pagina van de site';

function shortened(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** The words a node shows (a link's text). */
function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? (node.children as LexicalNode[]).map(textOf).join('').trim() : '';
}

function linkProblem(node: LexicalNode): string | undefined {
  const fields = node.fields ?? {};
  if (fields.linkType === 'internal') return undefined;
  const url = typeof fields.url === 'string' ? fields.url : '';
  if (isLinkAddress(url)) return undefined;
  const label = shortened(textOf(node));
  return `De link ${label ? `"${label}" ` : ''}naar "${shortened(url)}" in de tekst kan niet: ${LINK_ADDRESS_HINT}.`;
}

/** The first thing in a body the site cannot render, in Dutch; undefined when all is well. */
export function unsupportedBodyContent(value: unknown): string | undefined {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root;
  if (!root) return undefined;
  const stack: LexicalNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const type = String(node.type);
    if (!ALLOWED_NODES.has(type)) return `De tekst bevat een onderdeel dat de site niet toont ("${type}").`;
    if (type === 'heading' && !(HEADING_TAGS as readonly unknown[]).includes(node.tag)) {
      return `Gebruik tussenkopjes van niveau 2 tot en met 4 (niet "${String(node.tag)}").`;
    }
    if (type === 'upload' && node.relationTo !== 'media') return 'Afbeeldingen in de tekst komen uit Media.';
    if (type === 'link' || type === 'autolink') {
      const problem = linkProblem(node);
      if (problem) return problem;
    }
    if (type === 'block' && !(BODY_BLOCKS as readonly unknown[]).includes(node.fields?.blockType)) {
      return `De tekst bevat een onbekend blok ("${String(node.fields?.blockType)}").`;
    }
    if (Array.isArray(node.children)) stack.push(...(node.children as LexicalNode[]));
  }
  return undefined;
}

/** Drops text formats the site does not render (underline, strikethrough, code…), e.g. from pasted text. */
export function withSupportedTextFormats<T>(value: T): T {
  const visit = (node: LexicalNode) => {
    if (node.type === 'text' && typeof node.format === 'number') node.format &= TEXT_FORMATS;
    if (Array.isArray(node.children)) (node.children as LexicalNode[]).forEach(visit);
  };
  const root = (value as { root?: LexicalNode } | null | undefined)?.root;
  if (root) visit(root);
  return value;
}
