/**
 * content/navigation.yaml: the site's menus, chosen in the CMS (the global "Navigatie"). Each item
 * links to a document, as { collection, slug }, or to a route the site renders itself. The file is
 * optional: without it the site shows DEFAULT_NAVIGATION. A menu never stops a build: an item whose
 * document does not exist is a warning and is left out (../navigation.ts).
 */
import type { z } from 'zod';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO, COLLECTIONS } from '../vocabulary.ts';
import { choice, document, group, list, objectSchema, optional, text } from '../field.ts';

export const MENU_LABEL_MAX = 60;

/** The routes the site always builds, whatever the content: what a menu item may link to besides documents. */
export const SITE_ROUTES = [
  '/',
  ...ARTICLE_COLLECTIONS.map((c) => `/${COLLECTION_INFO[c].route}/`),
  '/themas/',
  '/regios/',
  '/zoeken/',
  '/nieuwsbrief/',
  '/rss.xml',
] as unknown as readonly ['/', ...string[]];
export type SiteRoute = (typeof SITE_ROUTES)[number];

export const SITE_ROUTE_LABELS: Record<SiteRoute, string> = {
  '/': 'Startpagina',
  ...Object.fromEntries(ARTICLE_COLLECTIONS.map((c) => [`/${COLLECTION_INFO[c].route}/`, `Overzicht: ${COLLECTION_INFO[c].plural}`])),
  '/themas/': "Overzicht: thema's",
  '/regios/': "Overzicht: regio's",
  '/zoeken/': 'Zoeken',
  '/nieuwsbrief/': 'Nieuwsbrief',
  '/rss.xml': 'RSS-feed',
};

export const menuItemFields = {
  label: text(MENU_LABEL_MAX, {
    label: 'Tekst',
    help: `De tekst in het menu (maximaal ${MENU_LABEL_MAX} tekens).`,
    doc: 'The link text in the menu. Required.',
  }),
  document: optional(
    document(COLLECTIONS, {
      label: 'Artikel of pagina',
      help: 'Kies een artikel of pagina, óf hieronder een onderdeel van de site. Staat het document niet (meer) online, dan laat de site dit item weg.',
      doc: 'The document the item links to, as { collection, slug }; left out of the menu with a warning when it does not exist. Either this or route.',
    }),
  ),
  route: optional(
    choice(SITE_ROUTES, SITE_ROUTE_LABELS, 'route of the site', {
      label: 'Onderdeel van de site',
      help: 'Of kies een vast onderdeel van de site, zoals Zoeken of een overzicht.',
      doc: `A route the site always builds: ${SITE_ROUTES.join(', ')}. Either this or document.`,
    }),
  ),
};

const item = group(menuItemFields, { label: 'Menu-item' });

/** A menu item links to a document or to a route: exactly one of them. */
export const menuItem = {
  ...item,
  schema: item.schema.superRefine(
    (data, ctx) => {
      const { document: doc, route } = data as { document?: unknown; route?: unknown };
      if ((doc === undefined) === (route === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'expected either document or route (exactly one of them)' });
      }
    },
    { when: () => true },
  ),
};

export const navigationFields = {
  header: list(menuItem, {
    label: 'Hoofdmenu',
    help: 'De items bovenaan elke pagina, in deze volgorde.',
    doc: 'The main menu at the top of every page, in order; may be empty.',
  }),
  footer: list(menuItem, {
    label: 'Voettekst',
    help: 'De items onderaan elke pagina, in deze volgorde.',
    doc: 'The links at the bottom of every page, in order; may be empty.',
  }),
};

export const navigation = objectSchema(navigationFields);

export type Navigation = z.output<typeof navigation>;
export type MenuItem = Navigation['header'][number];

/** The menus without navigation.yaml: the site's menus before they became content. */
export const DEFAULT_NAVIGATION = {
  header: [
    ...ARTICLE_COLLECTIONS.map((c) => ({ label: COLLECTION_INFO[c].plural, route: `/${COLLECTION_INFO[c].route}/` })),
    { label: "Thema's", route: '/themas/' },
    { label: "Regio's", route: '/regios/' },
    { label: 'Zoeken', route: '/zoeken/' },
  ],
  footer: [
    { label: 'Over Schoolnabij', document: { collection: 'pages', slug: 'over' } },
    { label: 'Achtergrond', document: { collection: 'pages', slug: 'achtergrond' } },
    { label: 'Veelgestelde vragen', document: { collection: 'pages', slug: 'veelgestelde-vragen' } },
    { label: 'Toegankelijkheid', document: { collection: 'pages', slug: 'toegankelijkheid' } },
    { label: 'Nieuwsbrief', route: '/nieuwsbrief/' },
    { label: 'RSS-feed', route: '/rss.xml' },
  ],
} satisfies Navigation as Navigation;
