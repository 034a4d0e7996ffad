/**
 * The facet file: which filter values every indexed page carries, so that the search page can
 * count them for any set of results. Written at build time by site/integrations/facet-file.ts,
 * read by the search page. Gzipped JSON, decompressed by the browser (DecompressionStream).
 */
export const FACET_FILE = '/pagefind/facets.json.gz';

export interface FacetFile {
  /** The filters, in the order of each page's entry. */
  filters: string[];
  /** Every value of every filter; pages refer to them by position. */
  values: Record<string, string[]>;
  /** Pagefind page id → per filter (in the order of `filters`) the positions of its values. */
  pages: Record<string, number[][]>;
}

export type FacetCounts = Record<string, Record<string, number>>;

/** How many of the given pages carry each filter value; ids the file does not know count for nothing. */
export function countFacets(file: FacetFile, ids: Iterable<string>): FacetCounts {
  const tallies = file.filters.map((filter) => new Array<number>(file.values[filter]!.length).fill(0));
  for (const id of ids) {
    const page = file.pages[id];
    if (!page) continue;
    for (let f = 0; f < page.length; f++) for (const v of page[f]!) tallies[f]![v]!++;
  }
  return Object.fromEntries(
    file.filters.map((filter, f) => [filter, Object.fromEntries(file.values[filter]!.map((value, v) => [value, tallies[f]![v]!]))]),
  );
}

/**
 * Fetches and decompresses the facet file. A host that labels .gz files with
 * Content-Encoding: gzip has the browser decompress it already; then it is read as it comes.
 */
export async function loadFacetFile(url = FACET_FILE): Promise<FacetFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as FacetFile;
}
