/**
 * Search in real Chromium on a built site: time from a query entered to its results rendered,
 * with and without filters; the same for a query typed letter by letter, timed from its last
 * letter (so searches for the earlier letters may still be running); and the bytes the search
 * page and its first query transfer. The queries come with the generated content (generate.ts):
 * common, middle and rare words of its corpus, places and organisations.
 */
import type { Socket } from 'node:net';
import { launchBrowser } from '../test/support/browser.ts';
import { createSiteServer, listen } from '../site/server/site-server.ts';

const FILTERS = ['', '&onderwijstype=po', '&regio=flevoland', '&leeftijd=4-12', '&soort=praktijkvoorbeelden&jaar=2024'];

export interface SearchFigures {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p50FilteredMs: number;
  p95FilteredMs: number;
  p50TypedMs: number;
  p95TypedMs: number;
  searchPageKB: number;
  firstQueryKB: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};

/**
 * Times the queries (bench/generate.ts draws them from the corpus) on the site built in distDir,
 * the first `typed` of them also typed letter by letter.
 */
export async function measureSearch(distDir: string, queries: readonly string[], typed = 20): Promise<SearchFigures> {
  // Bytes are counted where they leave the server, headers included and gzipped as a host
  // sends them: Pagefind fetches its index from a web worker, whose requests the page's own
  // network events do not show.
  const server = createSiteServer(distDir);
  const sockets: Socket[] = [];
  server.on('connection', (socket) => sockets.push(socket));
  let counted = 0;
  const sent = () => sockets.reduce((sum, socket) => sum + socket.bytesWritten, 0);
  const takeBytes = () => {
    const now = sent();
    const bytes = now - counted;
    counted = now;
    return bytes;
  };
  const base = await listen(server, 0);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();

    /**
     * Enters the query and times until its results are shown. With letterMs, the query is typed
     * a letter at a time at that pace and timed from the last letter.
     */
    const run = (query: string, letterMs = 0) =>
      page.evaluate(
        async ([q, pause]) => {
          const input = document.querySelector('input[name="q"]') as HTMLInputElement;
          const count = document.querySelector('[data-search-count]')!;
          count.textContent = '';
          for (let i = 1; pause && i < q.length; i++) {
            input.value = q.slice(0, i);
            input.dispatchEvent(new Event('input'));
            await new Promise((resolve) => setTimeout(resolve, pause));
          }
          input.value = q;
          const started = performance.now();
          input.dispatchEvent(new Event('input'));
          await new Promise<void>((resolve) => {
            const timer = setInterval(() => {
              if ((count.textContent ?? '').includes(`“${q}”`)) {
                clearInterval(timer);
                resolve();
              }
            }, 1);
          });
          return performance.now() - started;
        },
        [query, letterMs] as const,
      );

    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    const searchPageKB = takeBytes() / 1024;
    await run('school');
    await page.waitForTimeout(200);
    const firstQueryKB = takeBytes() / 1024;

    const plain: number[] = [];
    for (const q of queries) plain.push(await run(q));
    const filtered: number[] = [];
    for (const [i, q] of queries.entries()) {
      if (i % 5 === 0) {
        await page.goto(`${base}/zoeken/?q=x${FILTERS[(i / 5) % FILTERS.length]}`);
        await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
      }
      filtered.push(await run(q));
    }
    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    const letters: number[] = [];
    // A brisk typist: a letter every 120 ms.
    for (const q of queries.slice(0, typed)) letters.push(await run(q, 120));
    return {
      queries: plain.length + filtered.length + letters.length,
      p50Ms: percentile(plain, 50),
      p95Ms: percentile(plain, 95),
      p50FilteredMs: percentile(filtered, 50),
      p95FilteredMs: percentile(filtered, 95),
      p50TypedMs: percentile(letters, 50),
      p95TypedMs: percentile(letters, 95),
      searchPageKB: Math.round(searchPageKB),
      firstQueryKB: Math.round(firstQueryKB),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
