export * from './vocabulary.ts';
export * from './schema.ts';
export * from './violations.ts';
export { checkContent, loadTaxonomy, type CheckedDocument, type ContentCheck } from './check.ts';
export { parseMdx } from './files.ts';
export { contentDir } from './location.ts';
export { BODY_COMPONENTS, checkBody } from './body.ts';
export { checkNavigation, menuItemHref, MENUS, NAVIGATION_FILE } from './navigation.ts';
