import type { Block } from 'payload';
import { escapeJsxAttribute, escapeMdxText, unescapeJsxAttribute, unescapeMdxText } from '../mdx-escape.ts';

/** The MDX component <Callout title="…">text</Callout>. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Kader', plural: 'Kaders' },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      admin: { description: 'Optioneel kopje boven de tekst in het kader.' },
    },
    {
      name: 'text',
      type: 'textarea',
      label: 'Tekst',
      required: true,
      admin: { description: 'De tekst die in het kader opvalt.' },
    },
  ],
  // content/ ⇄ CMS: the component as MDX, its text escaped so that it stays text.
  jsx: {
    export: ({ fields }) => {
      const title = typeof fields.title === 'string' && fields.title ? ` title="${escapeJsxAttribute(fields.title)}"` : '';
      // Plain text, in which lines that start with "- " are a list (the sample content has one).
      return `<Callout${title}>\n${escapeMdxText(String(fields.text ?? ''), { listItems: true })}\n</Callout>`;
    },
    import: ({ props, children }) => ({
      ...(typeof props.title === 'string' ? { title: unescapeJsxAttribute(props.title) } : {}),
      text: unescapeMdxText(children.trim()),
    }),
  },
};
