/** Lexical rich text as the editor saves it, for bodies written by tests. */
import type { SerializedBlockNode, SerializedParagraphNode, SerializedTextNode, TypedEditorState } from '@payloadcms/richtext-lexical';
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical';
import type { JsonObject } from 'payload';

/** A text node; format is Lexical's bit set (1 bold, 2 italic). */
export const text = (value: string, format = 0): SerializedTextNode => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });

export const paragraph = (...children: SerializedLexicalNode[]): SerializedParagraphNode => ({
  type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children,
});

/** A block of the body's BlocksFeature: callout or figure. */
export const block = (fields: { blockType: string } & JsonObject): SerializedBlockNode => ({
  type: 'block', version: 2, format: '', fields: { id: `b${Math.random().toString(16).slice(2, 10)}`, blockName: '', ...fields },
});

export const richText = (...children: SerializedLexicalNode[]): TypedEditorState => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
});
