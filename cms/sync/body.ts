/**
 * Article bodies between Lexical (CMS) and MDX (content/), through Payload's own converters
 * with the editor's features, the Callout and Figure blocks mapped to their MDX components.
 * Around the converters: editor text is escaped so that it stays text in MDX, images and
 * internal links get their content/ form (media path, site path) and back.
 */
import { editorConfigFactory } from '@payloadcms/richtext-lexical';
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical';
import type { Payload } from 'payload';
import { siteUrl } from '../../contract/location.ts';
import { documentAtPath } from '../../contract/vocabulary.ts';
import type { FigureImage } from '../blocks/figure.ts';
import { idOf, type Id } from './documents.ts';
import { lexicalToMarkdown } from './lexical-to-markdown.ts';
import { convertMarkdownStrictly } from './markdown-to-lexical.ts';
import { protectMdxRun, restoreMdxEscapes, unescapeMdxText } from '../mdx-escape.ts';

const UNWRAP = Symbol('unwrap');

/** What this module reads of a block's or a link's fields; the others pass through untouched. */
interface NodeFields {
  blockType?: string;
  /** A Figure's image: a media id in the CMS, a FigureImage on the way to MDX, a path from MDX. */
  image?: unknown;
  linkType?: string;
  doc?: { relationTo: string; value: unknown };
  url?: string;
  [key: string]: unknown;
}

/** A saved Lexical node with the properties this module reads; the others pass through untouched. */
interface Node extends SerializedLexicalNode {
  children?: Node[];
  text?: string;
  /** An upload node's collection and document. */
  relationTo?: string;
  value?: unknown;
  id?: string;
  fields?: NodeFields;
  /** Set on a node that mapTree replaces by its children. */
  [UNWRAP]?: true;
  [key: string]: unknown;
}
type EditorState = SerializedEditorState<Node>;

/** What the body needs to know about other documents, in both directions. */
export interface BodyLinks {
  mediaById: Map<string, FigureImage>;
  mediaIdByPath: Map<string, Id>;
  /** Site path of a published document, or undefined when it is not published. */
  pathOf(collection: string, id: Id): string | undefined;
  documentAt(path: string): { relationTo: string; value: Id } | undefined;
  /** Whether a published document lives at the path or keeps it as an old path (redirectFrom). */
  servesPath(path: string): boolean;
}

/** A link of the body that was written as its text alone: its target is not published. */
export interface DroppedLink {
  text: string;
  /** The collection of the document it pointed at. */
  collection: string;
  /** That document's id (a link chosen as a document), or its slug (a link typed as its path). */
  id?: Id;
  slug?: string;
}

/** The text a link shows, for a message. */
const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

/**
 * The document a link typed as an address on the site (https://schoolnabij.nl/over/) points at,
 * when that address is a document's and no published document serves it: the site's link check
 * counts such a link as internal, and would fail the build on it.
 */
function unpublishedTarget(url: unknown, links: BodyLinks): { collection: string; slug: string } | undefined {
  if (typeof url !== 'string') return undefined;
  let address: URL;
  try {
    address = new URL(url, siteUrl());
  } catch {
    return undefined;
  }
  if (address.origin !== new URL(siteUrl()).origin) return undefined;
  const doc = documentAtPath(address.pathname);
  return doc && !links.servesPath(address.pathname) ? doc : undefined;
}

/** Rewrites a tree node by node; a node marked UNWRAP is replaced by its children. */
function mapTree(node: Node, visit: (node: Node) => Node): Node {
  const next = visit({ ...node });
  if (!next.children) return next;
  const children = next.children.flatMap((child) => {
    const mapped = mapTree(child, visit);
    return mapped[UNWRAP] ? (mapped.children ?? []) : [mapped];
  });
  return { ...next, children };
}

/** mapTree over a whole editor state, the root included; the root keeps what a visit leaves of it. */
function mapState(state: EditorState, visit: (node: Node) => Node): EditorState {
  const { children = [], ...root } = mapTree(state.root, visit);
  return { ...state, root: { ...state.root, ...root, children } };
}

/** What a node that is not text stands for among its text siblings: a line break, a tab, or something visible. */
const NOT_TEXT: Record<string, string> = { linebreak: '\n', tab: '\t' };

/**
 * Escapes the text children of one element together, as MDX reads them: side by side, so that
 * "im" and a bold "port x" are one import at the start of a line.
 */
function protectTextOf(children: Node[]): Node[] {
  const isText = (node: Node): node is Node & { text: string } => node.type === 'text' && typeof node.text === 'string';
  const escaped = protectMdxRun(children.map((c) => (isText(c) ? c.text : (NOT_TEXT[c.type ?? ''] ?? '\ufffc'))));
  return children.map((c, i) => (isText(c) ? { ...c, text: escaped[i] } : c));
}

export function createBodyConverter(payload: Payload) {
  // The body field's own editor (every collection shares it), not Payload's default features.
  const field = payload.collections['practice-examples']!.config.fields.find((f) => 'name' in f && f.name === 'body');
  if (!field || field.type !== 'richText') throw new Error('practice-examples has no rich text field "body"');
  const editorConfig = editorConfigFactory.fromField({ field });

  /** A stored body (Payload's Lexical state, or nothing) as MDX; a link to a document that is not published keeps its text, reported to onDropped. */
  function toMdx(stored: unknown, links: BodyLinks, onDropped?: (link: DroppedLink) => void): string {
    const state = stored as EditorState | null | undefined;
    if (!state?.root) return '';
    const mapped = mapState(state, (node) => {
      // A plain upload in the editor is written as a Figure, the one image form MDX knows.
      if (node.type === 'upload' && node.relationTo === 'media') {
        const image = links.mediaById.get(String(idOf(node.value)));
        return image ? { type: 'block', version: 2, format: '', fields: { blockType: 'figure', id: String(node.id ?? ''), image } } : { type: 'paragraph', version: 1, children: [] };
      }
      if (node.type === 'block' && node.fields?.blockType === 'figure') {
        const image = links.mediaById.get(String(idOf(node.fields.image)));
        if (!image) throw new Error(`a Figure in the body uses media ${String(idOf(node.fields.image))}, which does not exist`);
        return { ...node, fields: { ...node.fields, image } };
      }
      if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal') {
        const { doc } = node.fields;
        const path = doc ? links.pathOf(doc.relationTo, idOf(doc.value)!) : undefined;
        if (path) return { ...node, fields: { ...node.fields, linkType: 'custom', url: path } };
        // A link to an unpublished or deleted document keeps its text and loses its target.
        onDropped?.({ text: textOf(node), collection: doc?.relationTo ?? '', id: doc ? idOf(doc.value) : undefined });
        return { ...node, [UNWRAP]: true };
      }
      if (node.type === 'link' || node.type === 'autolink') {
        const target = unpublishedTarget(node.fields?.url, links);
        if (target) {
          onDropped?.({ text: textOf(node), ...target });
          return { ...node, [UNWRAP]: true };
        }
      }
      return node;
    });
    // Escaped once the tree has its final shape: an unwrapped link puts its text beside other text.
    const escaped = mapState(mapped, (node) => (node.children ? { ...node, children: protectTextOf(node.children) } : node));
    return restoreMdxEscapes(lexicalToMarkdown(editorConfig, { root: escaped.root })).trim();
  }

  /** Throws when a part of the body cannot be converted, naming its line (counted from `firstLine`). */
  function fromMdx(markdown: string, links: BodyLinks, firstLine = 1): EditorState {
    const state = convertMarkdownStrictly(editorConfig, markdown, firstLine) as EditorState;
    return mapState(state, (node) => {
      if (node.type === 'text' && typeof node.text === 'string') return { ...node, text: unescapeMdxText(node.text) };
      if (node.type === 'block' && node.fields?.blockType === 'figure') {
        const id = typeof node.fields.image === 'string' ? links.mediaIdByPath.get(node.fields.image) : undefined;
        if (id === undefined) throw new Error(`a Figure uses ${String(node.fields.image)}, which is not in content/media/`);
        return { ...node, fields: { ...node.fields, image: id } };
      }
      if ((node.type === 'link' || node.type === 'autolink') && typeof node.fields?.url === 'string') {
        const doc = links.documentAt(node.fields.url);
        if (doc) return { ...node, fields: { ...node.fields, linkType: 'internal', doc, url: undefined } };
      }
      return node;
    });
  }

  return { toMdx, fromMdx };
}

export type BodyConverter = ReturnType<typeof createBodyConverter>;
