import type { UIField } from 'payload';

/** The sidebar of each document: where it stands on the site (components/PublishStatus.tsx). */
export const publishStatusField: UIField = {
  name: 'publishStatus',
  type: 'ui',
  label: 'Op de site',
  admin: { position: 'sidebar', components: { Field: '/components/PublishStatus.tsx#PublishStatus' } },
};

/** The top of Sitebouw: the last build and those before it (components/SiteBuildStatus.tsx). */
export const siteBuildStatusField: UIField = {
  name: 'buildStatus',
  type: 'ui',
  label: 'Sitebouw',
  admin: { components: { Field: '/components/SiteBuildStatus.tsx#SiteBuildStatus' } },
};
