import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countFacets, loadFacetFile, type FacetFile } from './facet-format.ts';

const file: FacetFile = {
  filters: ['regio', 'leeftijd'],
  values: { regio: ['flevoland', 'utrecht'], leeftijd: ['4-12', '12-18'] },
  pages: {
    nl_a: [[0], [0, 1]],
    nl_b: [[1], [1]],
    nl_c: [[0], []],
  },
};

describe('countFacets', () => {
  it('counts every value over the given pages, zero for values none of them carry', () => {
    expect(countFacets(file, ['nl_a', 'nl_b'])).toEqual({ regio: { flevoland: 1, utrecht: 1 }, leeftijd: { '4-12': 1, '12-18': 2 } });
    expect(countFacets(file, ['nl_c'])).toEqual({ regio: { flevoland: 1, utrecht: 0 }, leeftijd: { '4-12': 0, '12-18': 0 } });
  });

  it('ignores ids the file does not know', () => {
    expect(countFacets(file, ['nl_unknown', 'nl_b']).regio).toEqual({ flevoland: 0, utrecht: 1 });
  });
});

describe('loadFacetFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the gzipped file, and the same file when the host already decompressed it', async () => {
    for (const body of [gzipSync(JSON.stringify(file)), Buffer.from(JSON.stringify(file))]) {
      vi.stubGlobal('fetch', async () => new Response(body));
      expect(await loadFacetFile('/x')).toEqual(file);
    }
  });

  it('names the file when it cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadFacetFile('/pagefind/facets.json.gz')).rejects.toThrow('/pagefind/facets.json.gz: 404');
  });
});
