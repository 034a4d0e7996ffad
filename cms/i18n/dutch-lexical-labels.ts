/** A body-editor feature that only puts Dutch over Lexical's hard-coded English labels (DutchLexicalLabels.tsx). */
import { createServerFeature } from '@payloadcms/richtext-lexical';

export const DutchLexicalLabelsFeature = createServerFeature({
  key: 'dutchLexicalLabels',
  feature: { ClientFeature: '/i18n/DutchLexicalLabels.tsx#DutchLexicalLabelsClient' },
});
