/**
 * The body editor: exactly what the site renders from MDX — paragraphs, headings h2–h4, bold,
 * italic, lists, links (http(s), mailto:, tel: or to a document), quotes, images from Media, and the Callout and
 * Figure components.
 */
import { DutchLexicalLabelsFeature } from '../i18n/dutch-lexical-labels.ts';
import { withDutchLexical } from '../i18n/nl.ts';
import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical';
import type { RichTextField, RichTextFieldValidation, TextFieldSingleValidation } from 'payload';
import { richText, text } from 'payload/shared';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import { Callout } from '../blocks/callout.ts';
import { Figure } from '../blocks/figure.ts';
import { HEADING_TAGS, isLinkAddress, LINK_ADDRESS_HINT, unsupportedBodyContent, withSupportedTextFormats } from './body-nodes.ts';

/** Custom links are http(s), mailto: or tel:; internal links point at a document and carry no URL. */
const linkUrl: TextFieldSingleValidation = (value, options) => {
  if ((options.siblingData as { linkType?: string })?.linkType === 'internal') return true;
  const base = text(value, { ...options, required: true });
  if (base !== true) return base;
  return isLinkAddress(value!) || `Dit adres kan niet: ${LINK_ADDRESS_HINT}.`;
};

export const bodyEditor = withDutchLexical(lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: [...HEADING_TAGS] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({
      enabledCollections: [...COLLECTIONS],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url' ? { ...field, validate: linkUrl } : field,
        ) as typeof defaultFields,
    }),
    BlockquoteFeature(),
    UploadFeature({ enabledCollections: ['media'], collections: { media: { fields: [] } } }),
    BlocksFeature({ blocks: [Callout, Figure] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
    // Lexical's handles and link editor carry English labels no translation reaches.
    DutchLexicalLabelsFeature(),
  ],
}));

export const bodyField: RichTextField = {
  name: 'body',
  type: 'richText',
  label: 'Tekst',
  editor: bodyEditor,
  hooks: { beforeChange: [({ value }) => withSupportedTextFormats(value)] },
  validate: (async (value, options) => {
    // Ours first: it explains in Dutch what the site cannot show.
    return unsupportedBodyContent(value) ?? richText(value, options);
  }) satisfies RichTextFieldValidation,
  admin: { description: 'De tekst van de pagina: tussenkopjes, lijsten, links, citaten, afbeeldingen en kaders.' },
};
