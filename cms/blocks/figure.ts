import type { Block } from 'payload';
import { escapeJsxAttribute, unescapeJsxAttribute } from '../mdx-escape.ts';

/** What the exporter puts in place of the image's id before converting: see cms/sync/body.ts. */
export interface FigureImage {
  filename: string;
  alt?: string | null;
}

/** The MDX component <Figure src="media/…" alt="…" caption="…" />. */
export const Figure: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Afbeelding met bijschrift', plural: 'Afbeeldingen met bijschrift' },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: 'Afbeelding',
      required: true,
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Kies een afbeelding uit Media.' },
    },
    {
      name: 'alt',
      type: 'text',
      label: 'Alternatieve tekst',
      admin: { description: 'Optioneel: beschrijving van de afbeelding hier; leeg laten gebruikt die van de afbeelding in Media.' },
    },
    {
      name: 'caption',
      type: 'text',
      label: 'Bijschrift',
      admin: { description: 'Optionele tekst onder de afbeelding.' },
    },
  ],
  // content/ ⇄ CMS. On export the image is the media document; on import it is the path
  // "media/<file>", which the importer swaps for the media document's id.
  jsx: {
    export: ({ fields }) => {
      const image = fields.image as FigureImage;
      const props: [string, unknown][] = [
        ['src', `media/${image.filename}`],
        ['alt', fields.alt || image.alt || ''],
        ['caption', fields.caption],
      ];
      const attributes = props
        .filter(([, value]) => typeof value === 'string' && value !== '')
        .map(([name, value]) => `${name}="${escapeJsxAttribute(value as string)}"`);
      return `<Figure ${attributes.join(' ')} />`;
    },
    import: ({ props }) => ({
      image: String(props.src ?? ''),
      ...(typeof props.alt === 'string' ? { alt: unescapeJsxAttribute(props.alt) } : {}),
      ...(typeof props.caption === 'string' ? { caption: unescapeJsxAttribute(props.caption) } : {}),
    }),
  },
};
