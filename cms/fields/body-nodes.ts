/**
 * What a body may hold, checked on the server too (the editor's toolbar is not the only way in):
 * exactly the nodes the site turns into MDX.
 */
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
 * A link typed as an address goes to a web address; only a link chosen as a document of the site
 * has none. The link field says so in the editor; this holds for every way in (the REST API,
 * a paste, an autolink), since the site would otherwise publish a javascript: or data: link.
 */
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
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    // not an address at all: refused below
  }
  if (protocol === 'http:' || protocol === 'https:') return undefined;
  const label = shortened(textOf(node));
  return `De link ${label ? `"${label}" ` : ''}naar "${shortened(url)}" in de tekst kan niet: gebruik een webadres dat begint met https:// of http://, of kies een pagina van de site.`;
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
