/**
 * npm run bench [-- --quick]
 * Builds generated sites of N = 1,000 and 10,000 practice examples of realistic Dutch text
 * (corpus "wdutch-zipf"), and N = 10,000 of the 60-word worst case ("words60"); with --quick,
 * N = 200 of each. In a temporary folder it measures: Astro build time and peak memory, Pagefind
 * index time and size, HTML bytes per page, the same page set built by Hugo and indexed by
 * Pagefind (the fair peer) and the minimal Hugo build of before, search in Chromium, publish-to-live
 * through the CMS on SQLite at every size of the realistic corpus (publishToLiveS), at the first
 * size also its import and export, and import and
 * export of 1,000 documents (cmsImportS, cmsExportS; with --quick from content of their own). Prints one
 * table and writes bench/results.json (bench/results-quick.json with --quick).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precacheList } from '../site/integrations/service-worker.ts';
import { sampleTreeMemory } from './child-processes.ts';
import type { CorpusName } from './corpus.ts';
import { generateContent } from './generate.ts';
import { buildHugo, ensureHugo, writeHugoSite, writeMinimalHugoSite, type HugoPagefindBuild } from './hugo.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const quick = process.argv.includes('--quick');
const CORPUS: CorpusName = 'wdutch-zipf';
const WORST: CorpusName = 'words60';
const RUNS: { n: number; corpus: CorpusName }[] = quick
  ? [
      { n: 200, corpus: CORPUS },
      { n: 200, corpus: WORST },
    ]
  : [
      { n: 1000, corpus: CORPUS },
      { n: 10000, corpus: CORPUS },
      { n: 10000, corpus: WORST },
    ];
/** The key of a run in results.json: its N, with the corpus when it is not the realistic one. */
const runKey = ({ n, corpus }: { n: number; corpus: CorpusName }) => (corpus === CORPUS ? String(n) : `${n}-${corpus}`);
const CMS_RUN = runKey(RUNS[0]!);
/** Publishes timed one after another per size: publishToLiveS is their p95 (issue 16: over 10). */
const PUBLISHES = quick ? 3 : 10;
/** Import and export through the CMS are timed at this N, also with --quick (issue 16: import under 5 s, export under 1 s). */
const CMS_SCALE_N = 1000;
const root = mkdtempSync(path.join(os.tmpdir(), 'schoolnabij-bench-'));
const benchStarted = performance.now();
const log = (line: string) => console.log(`[bench ${Math.round((performance.now() - benchStarted) / 1000)} s] ${line}`);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** astro build, for its wall time and peak memory (of its process tree), with Pagefind's own timing. */
function astroBuild(contentDir: string, outDir: string): Promise<{ ms: number; peakMB: number; pagefindMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const peakMB = sampleTreeMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = peakMB();
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({ ms: performance.now() - started, peakMB: peak, pagefindMs: Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN) });
    });
  });
}

type PeerBuild = HugoPagefindBuild & { peakMB: number };

/** The fair peer (bench/peer-build.ts) in a process of its own, like ours: its own timings and the peak memory of its process tree. */
function peerBuild(site: string): Promise<PeerBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/peer-build.ts', site], { stdio: ['ignore', 'pipe', 'pipe'] });
    const peakMB = sampleTreeMemory(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = peakMB();
      const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
      if (code !== 0 || !line) return reject(new Error(`the peer's build failed (exit ${code}):\n${stderr.slice(-3000)}`));
      resolve({ ...(JSON.parse(line) as HugoPagefindBuild), peakMB: peak });
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
  n: number;
  corpus: CorpusName;
  distinctWords: number;
  documents: number;
  astroBuildS: number;
  /** Peak resident memory of the build's processes together: Astro's and Pagefind's binary, which run at the same time (bench/child-processes.ts). */
  astroPeakMB: number;
  pagefindS: number;
  indexMB: number;
  htmlKBPerPage: number;
  contentPageScripts: number;
  offlinePrecacheMB: number;
  /** The fair peer: the same page set built by Hugo, then indexed by Pagefind (wall time). */
  hugoPagefindS?: number;
  /** Of which Pagefind (and our facet file). */
  hugoPagefindIndexS?: number;
  /** Its peak memory, as astroPeakMB: its node process, Hugo and Pagefind's binary together. */
  hugoPagefindPeakMB?: number;
  ratioToHugoPagefind?: number;
  /** The minimal Hugo build of before (practice examples only, no taxonomies, feeds or index). */
  hugoBuildS?: number;
  ratioToHugo?: number;
  /**
   * One document edited and published in the CMS (SQLite) holding this site's documents, until
   * its new title is in the live dist: the rebuild job's export + build + index + swap. The p95
   * of PUBLISHES publishes one after another, each of another document, after a first build;
   * timed at every size of the realistic corpus (issue 16's target: under 5 s at 10,000).
   */
  publishToLiveS?: number;
  /** The median of the same publishes, and how many there were. */
  publishToLiveMedianS?: number;
  publishes?: number;
  search: SearchFigures;
}

/** bench/cms-sync.ts in a process of its own (Payload sets up one database per process): its JSON line. */
function cmsSync(contentDir: string, work: string, args: string[] = []): Record<string, number | boolean> {
  const child = spawnSync(process.execPath, ['bench/cms-sync.ts', contentDir, work, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = child.stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
  if (child.status !== 0 || !line) throw new Error(`the CMS benchmark failed:\n${child.stderr.slice(-3000)}`);
  return JSON.parse(line);
}

/** Import and export at CMS_SCALE_N: those of `figures` when they were measured at that N, else a run of their own. */
function cmsAtScale(n: number, figures: Record<string, number | boolean>): Record<string, number | boolean> {
  if (n === CMS_SCALE_N) return { cmsDocuments: figures.documents };
  log(`CMS import and export at N = ${CMS_SCALE_N}`);
  const scaleWork = path.join(root, `cms${CMS_SCALE_N}`);
  const scaleContent = generateContent(scaleWork, CMS_SCALE_N, { corpus: CORPUS, log }).contentDir;
  const scale = cmsSync(scaleContent, scaleWork, ['--import-export-only']);
  rmSync(scaleWork, { recursive: true, force: true });
  log(`CMS at N = ${CMS_SCALE_N}: import ${scale.cmsImportS} s, export ${scale.cmsExportS} s`);
  return { cmsDocuments: scale.documents, cmsImportS: scale.cmsImportS, cmsExportS: scale.cmsExportS };
}

const hugo = ensureHugo(log);
if (!hugo) log('hugo not found and not installable (not root, or apt-get failed): install Debian\'s hugo (apt-get install -y hugo) for the peers');
const results: Record<string, SizeResult> = {};
let cms: Record<string, number | boolean> | undefined;
const started = performance.now();
try {
  for (const run of RUNS) {
    const { n } = run;
    const key = runKey(run);
    const work = path.join(root, `n${key}`);
    log(`${key}: generating content (${run.corpus})`);
    const { contentDir, documents, distinctWords, queries } = generateContent(work, n, { corpus: run.corpus, log });
    log(`${key}: astro build + pagefind`);
    const outDir = path.join(work, 'dist');
    const build = await astroBuild(contentDir, outDir);
    let fair: PeerBuild | undefined;
    let minimal: ReturnType<typeof buildHugo> | undefined;
    if (hugo) {
      log(`${key}: hugo (same page set) + pagefind`);
      fair = await peerBuild(writeHugoSite(contentDir, work));
      if (!fair.ok) throw new Error(`hugo failed on the fair site:\n${fair.output}`);
      log(`${key}: hugo (minimal)`);
      minimal = buildHugo(writeMinimalHugoSite(contentDir, work));
      if (!minimal.ok) throw new Error(`hugo failed on the minimal site:\n${minimal.output}`);
    }
    // --quick times 15 queries (3 of each kind), 10 of them typed: enough to see a change.
    const timed = quick ? queries.slice(0, 15) : queries;
    log(`${key}: search in Chromium (${timed.length} queries)`);
    const search = await measureSearch(outDir, timed, quick ? 10 : 20);
    results[key] = {
      n,
      corpus: run.corpus,
      distinctWords,
      documents,
      astroBuildS: +(build.ms / 1000).toFixed(1),
      astroPeakMB: Math.round(build.peakMB),
      pagefindS: +(build.pagefindMs / 1000).toFixed(1),
      indexMB: +(folderBytes(path.join(outDir, 'pagefind')) / 1024 / 1024).toFixed(1),
      htmlKBPerPage: +(htmlBytesPerPage(outDir) / 1024).toFixed(1),
      contentPageScripts: contentPageScriptBytes(outDir),
      offlinePrecacheMB: +(precacheBytes(outDir) / 1024 / 1024).toFixed(2),
      ...(fair
        ? {
            hugoPagefindS: +(fair.ms / 1000).toFixed(1),
            hugoPagefindIndexS: +(fair.pagefindMs / 1000).toFixed(1),
            hugoPagefindPeakMB: Math.round(fair.peakMB),
            ratioToHugoPagefind: +(build.ms / fair.ms).toFixed(1),
          }
        : {}),
      ...(minimal ? { hugoBuildS: +(minimal.ms / 1000).toFixed(1), ratioToHugo: +(build.ms / minimal.ms).toFixed(1) } : {}),
      search,
    };
    if (run.corpus === CORPUS) {
      log(`${key}: import, export and publish through the CMS`);
      const figures = cmsSync(contentDir, work, [`--publishes=${PUBLISHES}`]);
      log(`${key}: CMS ${JSON.stringify(figures)}`);
      if (figures.live !== true) throw new Error(`${key}: the published document's new title is not in the live site`);
      results[key]!.publishToLiveS = +(Number(figures.publishToLiveMs) / 1000).toFixed(1);
      results[key]!.publishToLiveMedianS = +(Number(figures.publishToLiveMedianMs) / 1000).toFixed(1);
      results[key]!.publishes = PUBLISHES;
      if (key === CMS_RUN) cms = { ...figures, ...cmsAtScale(n, figures) };
    }
    log(`${key}: ${JSON.stringify(results[key])}`);
    rmSync(work, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const rows: [string, (r: SizeResult) => string | number | undefined][] = [
  ['corpus', (r) => r.corpus],
  ['documents', (r) => r.documents],
  ['distinct words', (r) => r.distinctWords],
  ['astro build + index (s)', (r) => r.astroBuildS],
  ['  of which Pagefind (s)', (r) => r.pagefindS],
  ['astro peak memory (MB)', (r) => r.astroPeakMB],
  ['hugo + pagefind, same pages (s)', (r) => r.hugoPagefindS],
  ['  of which Pagefind (s)', (r) => r.hugoPagefindIndexS],
  ['hugo + pagefind peak memory (MB)', (r) => r.hugoPagefindPeakMB],
  ['ours / hugo + pagefind', (r) => r.ratioToHugoPagefind],
  ['hugo minimal build (s)', (r) => r.hugoBuildS],
  ['ours / hugo minimal', (r) => r.ratioToHugo],
  ['Pagefind index (MB)', (r) => r.indexMB],
  ['HTML per page (KB)', (r) => r.htmlKBPerPage],
  ['scripts on a content page', (r) => r.contentPageScripts],
  ['service worker precache (MB)', (r) => r.offlinePrecacheMB],
  ['search p50 / p95 (ms)', (r) => `${r.search.p50Ms} / ${r.search.p95Ms}`],
  ['  with filters p50 / p95 (ms)', (r) => `${r.search.p50FilteredMs} / ${r.search.p95FilteredMs}`],
  ['  typed, from the last letter p50 / p95 (ms)', (r) => `${r.search.p50TypedMs} / ${r.search.p95TypedMs}`],
  ['search page + first query (KB)', (r) => `${r.search.searchPageKB} + ${r.search.firstQueryKB}`],
  ['publish one document to live, p95 (s)', (r) => r.publishToLiveS],
  ['publish one document to live, median (s)', (r) => r.publishToLiveMedianS],
];
const sizes = Object.keys(results);
console.log(`\n| measure | ${sizes.map((k) => `N = ${results[k]!.n}${results[k]!.corpus === CORPUS ? '' : `, ${results[k]!.corpus}`}`).join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`);
for (const [label, value] of rows) console.log(`| ${label} | ${sizes.map((n) => value(results[n]!) ?? '–').join(' | ')} |`);
if (cms) {
  console.log(`\nCMS on SQLite, N = ${results[CMS_RUN]?.n} (${cms.documents} documents): import ${cms.importMs} ms, export ${cms.exportMs} ms, publish one document to live ${cms.publishToLiveMs} ms at p95, ${cms.publishToLiveMedianMs} ms median, of ${PUBLISHES} publishes (job run: export + build + index; live: ${cms.live})`);
  console.log(`CMS at N = ${CMS_SCALE_N} (${cms.cmsDocuments} documents): import ${cms.cmsImportS} s (target < 5 s), export ${cms.cmsExportS} s (target < 1 s)`);
}
const total = Math.round((performance.now() - started) / 1000);
console.log(`\nbench took ${total} s`);
writeFileSync(
  path.resolve('bench', quick ? 'results-quick.json' : 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), quick, corpus: CORPUS, worstCase: WORST, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => +l.toFixed(1)), node: process.version, hugo }, sizes: results, cms, totalSeconds: total }, null, 2)}\n`,
);
