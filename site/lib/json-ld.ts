/**
 * Structured data for search engines (schema.org as JSON-LD), and its safe serialisation. The
 * text of a <script type="application/ld+json"> is raw: a title containing "</script>" would end
 * the element and the rest would be read as HTML. So every "<" (and ">", "&", and the line
 * separators U+2028/U+2029 that old parsers stumble over) is written as a \u escape, which JSON
 * reads back as the same character.
 */
export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}
