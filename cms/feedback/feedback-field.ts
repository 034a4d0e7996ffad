import type { UIField } from 'payload';

/** In the sidebar of each article and page: what readers answered to "Was dit nuttig?" (admin/FeedbackSummary.tsx). */
export const feedbackSummaryField: UIField = {
  name: 'feedbackSummary',
  type: 'ui',
  label: 'Was dit nuttig?',
  admin: { position: 'sidebar', components: { Field: '/feedback/admin/FeedbackSummary.tsx#FeedbackSummary' } },
};
