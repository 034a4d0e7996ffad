/**
 * Text stays text: whatever an editor types in a paragraph or a Callout reaches content/ as MDX
 * that the contract accepts, that Astro's parser (Sätteri) reads back as exactly that text and
 * nothing else (no link, no emphasis, no heading, no list, no tag), and that the importer turns
 * back into exactly that text.
 */
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical';
import { mdxToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_FEATURES, checkBody } from '../../contract/index.ts';
import { block, paragraph, richText, text } from '../test/support/lexical.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { createBodyConverter, type BodyConverter, type BodyLinks } from './body.ts';

const TEXTS = [
  '[Lees het verslag](javascript:alert(document.domain))',
  'Lees [dit] (niet) en ](ook niet)',
  '![x](https://evil.example/x.png)',
  '[a]: https://evil.example/',
  'Zie www.voorbeeld.nl, https://voorbeeld.nl/ of info@voorbeeld.nl',
  '[^1] is geen voetnoot',
  '*schuin* en **vet** en _ook_ en __dit__, x_y_z, a * b',
  '# Geen kop',
  '###### Ook geen kop',
  '1. Geen lijst',
  '2024. Een jaartal',
  '09.30 uur: koffie, #tag, +1',
  '3) Ook geen lijst',
  '- Geen opsomming',
  '- # Geen kop in een lijst',
  '+ Ook niet',
  '> Geen citaat',
  '=== geen onderstreping',
  '---',
  '***',
  '`geen code`',
  '```js',
  '~~~',
  '~~niet doorgehaald~~',
  'a | b | c',
  '<script>alert(document.domain)</script>',
  '<!-- geen opmerking -->',
  '{process.exit(1)}',
  'import fs from "node:fs"',
  'export default 1',
  '&amp; &lt; &#123; & &copy',
  'C:\\pad\\naar\\map',
  'eindigt op \\',
  '\\[al ontsnapt\\] \\* \\#',
  'Zeg "ja" & \'nee\' — 50% korting!',
  'é ü ñ 😀',
];

const LINKS: BodyLinks = { mediaById: new Map(), mediaIdByPath: new Map(), pathOf: () => undefined, documentAt: () => undefined, servesPath: () => false };
const linebreak = { type: 'linebreak', version: 1 } as SerializedLexicalNode;

interface MdNode { type: string; value?: string; url?: string; children?: MdNode[] }
const textOf = (node: MdNode): string => (node.type === 'text' ? node.value! : (node.children ?? []).map(textOf).join(''));
/**
 * GFM links an address written out (www.voorbeeld.nl, https://…, info@voorbeeld.nl) to itself:
 * the text is still as typed, and the target one the contract allows.
 */
const isAddressLiteral = (node: MdNode) => node.type === 'link' && [textOf(node), `http://${textOf(node)}`, `mailto:${textOf(node)}`].includes(node.url!);

/** The nodes of a parsed body below its root, by type (an address literal counts as text), and its text as the page shows it. */
function read(mdx: string) {
  const root = mdxToMdast(mdx, { features: BODY_FEATURES }) as MdNode;
  const types = new Set<string>();
  const walk = (node: MdNode) => {
    if (isAddressLiteral(node)) return void types.add('text');
    types.add(node.type);
    node.children?.forEach(walk);
  };
  root.children?.forEach(walk);
  return { types: [...types].sort(), text: (root.children ?? []).map(textOf).join('\n\n') };
}

/** The text of a stored body's first node: a paragraph's text nodes and line breaks, or a Callout's text. */
function storedText(state: ReturnType<BodyConverter['fromMdx']>): { text: string; nodes: string[] } {
  const first = state.root.children[0]!;
  if (first.type === 'block') return { text: String(first.fields?.text), nodes: ['block'] };
  const children = first.children ?? [];
  return { text: children.map((c) => (c.type === 'linebreak' ? '\n' : (c.text ?? ''))).join(''), nodes: children.map((c) => c.type) };
}

describe('text an editor types stays text, through export, the page and import', () => {
  let cms: TestCms;
  let body: BodyConverter;
  beforeAll(async () => {
    cms = await startTestCms();
    body = createBodyConverter(cms.payload);
  });
  afterAll(async () => cms?.close());

  const roundTrip = (typed: string, stored: SerializedLexicalNode, inside: 'paragraph' | 'strong' | 'callout') => {
    const mdx = body.toMdx(richText(stored), LINKS);
    expect(checkBody(mdx), mdx).toEqual([]);
    const page = read(mdx);
    expect(page.text, mdx).toBe(inside === 'callout' ? typed.replace(/^- /, '') : typed);
    // In a Callout, lines that start with "- " are a list, by design (cms/blocks/callout.ts).
    const calloutList = inside === 'callout' && /^- /.test(typed);
    const expected = {
      paragraph: ['paragraph', 'text'],
      strong: ['paragraph', 'strong', 'text'],
      callout: calloutList ? ['list', 'listItem', 'mdxJsxFlowElement', 'paragraph', 'text'] : ['mdxJsxFlowElement', 'paragraph', 'text'],
    }[inside];
    expect(page.types.filter((t) => t !== 'break'), mdx).toEqual(expected.sort());
    const back = storedText(body.fromMdx(mdx, LINKS));
    // Payload's importer reads a line break inside a paragraph as a space (a browser shows one too).
    expect(back.text, mdx).toBe(typed.replace('\n', ' '));
    return { mdx, back };
  };

  it.each(TEXTS)('keeps the paragraph %j', (typed) => {
    const { back } = roundTrip(typed, paragraph(text(typed)), 'paragraph');
    expect(back.nodes).toEqual(['text']);
  });

  it.each(TEXTS)('keeps the bold paragraph %j', (typed) => {
    roundTrip(typed, paragraph(text(typed, 1)), 'strong');
  });

  it.each(TEXTS)('keeps the Callout text %j', (typed) => {
    roundTrip(typed, block({ blockType: 'callout', text: typed }), 'callout');
  });

  it.each(TEXTS)('keeps %j as text after a line break in a paragraph', (typed) => {
    roundTrip(`Eerste regel\n${typed}`, paragraph(text('Eerste regel'), linebreak, text(typed)), 'paragraph');
  });

  it('keeps a link that is split over text nodes as text: "[Lees" and "](javascript:alert(1))"', () => {
    const mdx = body.toMdx(richText(paragraph(text('[Lees'), text('](javascript:alert(1))', 2))), LINKS);
    expect(checkBody(mdx)).toEqual([]);
    expect(read(mdx).types).not.toContain('link');
  });
});
