/**
 * Schoolnabij's own admin, for config.ts: logo and icon, favicon and page titles, the dashboard,
 * the editor's guide, the editor's links in the navigation, and users screens for admins only.
 */
import type { Config } from 'payload';
import { FAVICON_URL } from './brand-mark.ts';

type Admin = NonNullable<Config['admin']>;

export const adminComponents: Admin['components'] = {
  graphics: { Logo: '/components/Logo.tsx#Logo', Icon: '/components/Icon.tsx#Icon' },
  beforeDashboard: ['/components/EditorDashboard.tsx#EditorDashboard'],
  afterNavLinks: ['/components/EditorNavLinks.tsx#EditorNavLinks'],
  header: ['/components/UsersForAdminsOnly.tsx#UsersForAdminsOnly'],
  views: { handleiding: { Component: '/components/EditorGuide.tsx#EditorGuide', path: '/handleiding' } },
};

export const adminMeta: Admin['meta'] = {
  titleSuffix: ' – Schoolnabij CMS',
  description: 'Het CMS van Schoolnabij: praktijkvoorbeelden van onderwijs en jeugdhulp.',
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: FAVICON_URL }],
};
