/**
 * npm run bench [-- --quick]
 * Builds generated sites of N = 1,000 and 10,000 practice examples (N = 200 with --quick) in a
 * temporary folder and measures: Astro build time and peak memory, Pagefind index time and size,
 * HTML bytes per page, the same pages built by Hugo, search in Chromium, and (at the smaller N)
 * import, export and publish-to-live through the CMS on SQLite. Prints one table and writes
 * bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precacheList } from '../site/integrations/service-worker.ts';
import { generateContent } from './generate.ts';
import { buildHugo, ensureHugo, writeHugoSite } from './hugo.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [200] : [1000, 10000];
const CMS_SIZE = SIZES[0]!;
const root = mkdtempSync(path.join(os.tmpdir(), 'schoolnabij-bench-'));
const log = (line: string) => console.log(`[bench] ${line}`);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** astro build under GNU time, for its wall time and peak memory, with Pagefind's own timing. */
function astroBuild(contentDir: string, outDir: string): Promise<{ ms: number; peakMB: number; pagefindMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({
        ms: performance.now() - started,
        peakMB: Number(/peak-kb (\d+)/.exec(output)?.[1] ?? 0) / 1024,
        pagefindMs: Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN),
      });
    });
  });
}

function htmlBytesPerPage(outDir: string): number {
  const dir = path.join(outDir, 'praktijkvoorbeelden');
  const pages = readdirSync(dir).filter((name) => name.startsWith('bench-')).slice(0, 200);
  return Math.round(pages.reduce((sum, name) => sum + statSync(path.join(dir, name, 'index.html')).size, 0) / pages.length);
}

function contentPageScriptBytes(outDir: string): number {
  const html = readdirSync(path.join(outDir, 'praktijkvoorbeelden')).find((n) => n.startsWith('bench-'))!;
  const text = spawnSync('cat', [path.join(outDir, 'praktijkvoorbeelden', html, 'index.html')], { encoding: 'utf8' }).stdout;
  return (text.match(/<script/g) ?? []).length;
}

/** What the service worker downloads after one visit to the search page. */
function precacheBytes(outDir: string): number {
  return precacheList(outDir).urls.reduce((sum, url) => sum + statSync(path.join(outDir, url.endsWith('/') ? `${url}index.html` : url)).size, 0);
}

interface SizeResult {
  documents: number;
  astroBuildS: number;
  astroPeakMB: number;
  pagefindS: number;
  indexMB: number;
  htmlKBPerPage: number;
  contentPageScripts: number;
  offlinePrecacheMB: number;
  hugoBuildS?: number;
  ratioToHugo?: number;
  search: SearchFigures;
}

const hugo = ensureHugo(log);
if (!hugo) log('hugo not found: install Debian\'s hugo (apt-get install -y hugo) for the baseline');
const results: Record<string, SizeResult> = {};
let cms: Record<string, unknown> | undefined;
const started = performance.now();
try {
  for (const n of SIZES) {
    const work = path.join(root, `n${n}`);
    log(`N = ${n}: generating content`);
    const { contentDir, documents } = generateContent(work, n);
    log(`N = ${n}: astro build + pagefind`);
    const outDir = path.join(work, 'dist');
    const build = await astroBuild(contentDir, outDir);
    let hugoBuild: ReturnType<typeof buildHugo> | undefined;
    if (hugo) {
      log(`N = ${n}: hugo`);
      hugoBuild = buildHugo(writeHugoSite(contentDir, work));
      if (!hugoBuild.ok) throw new Error(`hugo failed:\n${hugoBuild.output}`);
    }
    log(`N = ${n}: search in Chromium`);
    const search = await measureSearch(outDir);
    results[n] = {
      documents,
      astroBuildS: +(build.ms / 1000).toFixed(1),
      astroPeakMB: Math.round(build.peakMB),
      pagefindS: +(build.pagefindMs / 1000).toFixed(1),
      indexMB: +(folderBytes(path.join(outDir, 'pagefind')) / 1024 / 1024).toFixed(1),
      htmlKBPerPage: +(htmlBytesPerPage(outDir) / 1024).toFixed(1),
      contentPageScripts: contentPageScriptBytes(outDir),
      offlinePrecacheMB: +(precacheBytes(outDir) / 1024 / 1024).toFixed(2),
      ...(hugoBuild ? { hugoBuildS: +(hugoBuild.ms / 1000).toFixed(1), ratioToHugo: +(build.ms / hugoBuild.ms).toFixed(1) } : {}),
      search,
    };
    log(`N = ${n}: ${JSON.stringify(results[n])}`);
    if (n === CMS_SIZE) {
      log(`N = ${n}: import, export and publish through the CMS`);
      const child = spawnSync(process.execPath, ['bench/cms-sync.ts', contentDir, work], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const line = child.stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
      if (child.status !== 0 || !line) throw new Error(`the CMS benchmark failed:\n${child.stderr.slice(-3000)}`);
      cms = JSON.parse(line);
      log(`N = ${n}: CMS ${line}`);
    }
    rmSync(work, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const rows: [string, (r: SizeResult) => string | number | undefined][] = [
  ['documents', (r) => r.documents],
  ['astro build + index (s)', (r) => r.astroBuildS],
  ['  of which Pagefind (s)', (r) => r.pagefindS],
  ['astro peak memory (MB)', (r) => r.astroPeakMB],
  ['hugo build (s)', (r) => r.hugoBuildS],
  ['ours / hugo', (r) => r.ratioToHugo],
  ['Pagefind index (MB)', (r) => r.indexMB],
  ['HTML per page (KB)', (r) => r.htmlKBPerPage],
  ['scripts on a content page', (r) => r.contentPageScripts],
  ['service worker precache (MB)', (r) => r.offlinePrecacheMB],
  ['search p50 / p95 (ms)', (r) => `${r.search.p50Ms} / ${r.search.p95Ms}`],
  ['  with filters p50 / p95 (ms)', (r) => `${r.search.p50FilteredMs} / ${r.search.p95FilteredMs}`],
  ['  typed, from the last letter p50 / p95 (ms)', (r) => `${r.search.p50TypedMs} / ${r.search.p95TypedMs}`],
  ['search page + first query (KB)', (r) => `${r.search.searchPageKB} + ${r.search.firstQueryKB}`],
];
const sizes = Object.keys(results);
console.log(`\n| measure | ${sizes.map((n) => `N = ${n}`).join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`);
for (const [label, value] of rows) console.log(`| ${label} | ${sizes.map((n) => value(results[n]!) ?? '–').join(' | ')} |`);
if (cms) {
  console.log(`\nCMS on SQLite, N = ${CMS_SIZE} (${cms.documents} documents): import ${cms.importMs} ms, export ${cms.exportMs} ms, publish one document to live ${cms.publishToLiveMs} ms (job run: export + build + index; live: ${cms.live})`);
}
const total = Math.round((performance.now() - started) / 1000);
console.log(`\nbench took ${total} s`);
writeFileSync(
  path.resolve('bench', quick ? 'results-quick.json' : 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, hugo }, sizes: results, cms, totalSeconds: total }, null, 2)}\n`,
);
