/** Listings show this many cards a page; page 1 is /<route>/, page n is /<route>/pagina/<n>/. */
export const PAGE_SIZE = 8;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageSlice<T>(entries: T[], page: number): T[] {
  return entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}
