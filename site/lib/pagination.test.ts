import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageHref, pageParam, pageWindow, paginate } from './pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of PAGE_SIZE, each knowing the last', () => {
    const pages = paginate(Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => i));
    expect(pages.map((p) => [p.page, p.last, p.entries.length])).toEqual([
      [1, 3, PAGE_SIZE],
      [2, 3, PAGE_SIZE],
      [3, 3, 1],
    ]);
    expect(pages[1]!.entries[0]).toBe(PAGE_SIZE);
  });

  it('gives an empty list its page 1', () => {
    expect(paginate([])).toEqual([{ page: 1, last: 1, entries: [] }]);
  });

  it('puts page 1 at the route itself and later pages under pagina/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('pagina/12');
    expect(pageHref('/themas/thuiszitters/', 1)).toBe('/themas/thuiszitters/');
    expect(pageHref('/themas/thuiszitters/', 12)).toBe('/themas/thuiszitters/pagina/12/');
  });
});

describe('pageWindow', () => {
  it('links every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('links the first, the last and two on either side of the current page, with gaps between', () => {
    expect(pageWindow(600, 1250)).toEqual([1, null, 598, 599, 600, 601, 602, null, 1250]);
    expect(pageWindow(1, 1250)).toEqual([1, 2, 3, null, 1250]);
    expect(pageWindow(1250, 1250)).toEqual([1, null, 1248, 1249, 1250]);
  });

  it('shows a gap of one page as that page', () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
});
