/** Listings show this many cards a page; page 1 is /<route>/, page n is /<route>/pagina/<n>/. */
export const PAGE_SIZE = 8;

/** Page links on either side of the current page; the first and last page are always linked. */
const AROUND = 2;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export interface Page<T> {
  page: number;
  last: number;
  entries: T[];
}

/** Every page of a list, in order; an empty list still has its page 1. */
export function paginate<T>(entries: T[]): Page<T>[] {
  const last = pageCount(entries.length);
  return Array.from({ length: last }, (_, i) => ({ page: i + 1, last, entries: entries.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) }));
}

/** The rest parameter of a paged route: undefined for page 1 (/<route>/), `pagina/<n>` after. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `pagina/${page}`;
}

/** The path of a page of a list at base (for example /praktijkvoorbeelden/). */
export function pageHref(base: string, page: number): string {
  const param = pageParam(page);
  return param ? `${base}${param}/` : base;
}

/**
 * The pages a pagination bar links, with null for a gap: 1 … 4 5 [6] 7 8 … 1250. Linking every
 * page would put 1,250 links on each of 1,250 listing pages at 10,000 documents.
 */
export function pageWindow(current: number, last: number): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * AROUND + 1 }, (_, i) => current - AROUND + i), last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  // A gap of one page is shown as that page: "1 2 3" reads better than "1 … 3".
  return shown.flatMap((n, i) => {
    const previous = shown[i - 1];
    if (previous === undefined || n === previous + 1) return [n];
    return n === previous + 2 ? [previous + 1, n] : [null, n];
  });
}
