/**
 * The breadcrumb path of a page that is not a document (home, listings, themes, regions, search,
 * newsletter): the site, the section its first path segment names, and the page itself. Documents
 * build theirs with their JSON-LD (document-json-ld.ts).
 */
import { COLLECTION_INFO } from '../../contract/vocabulary.ts';
import type { Crumb } from './json-ld.ts';

const SECTIONS: Record<string, string> = {
  ...Object.fromEntries(Object.values(COLLECTION_INFO).filter((info) => info.route).map((info) => [info.route, info.plural])),
  themas: "Thema's",
  regios: "Regio's",
};

export function pageBreadcrumbs(pathname: string, title: string, site: URL): Crumb[] {
  const crumbs: Crumb[] = [{ name: 'Schoolnabij', url: new URL('/', site).href }];
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return crumbs;
  const section = SECTIONS[segments[0]!];
  if (section && segments.length > 1) crumbs.push({ name: section, url: new URL(`/${segments[0]}/`, site).href });
  crumbs.push({ name: title, url: new URL(pathname, site).href });
  return crumbs;
}
