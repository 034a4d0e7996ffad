/**
 * Hostile readers against the CMS API, on loopback: an ordinary visitor's request timed alone,
 * then beside 20 connections that ask for everything ten levels deep (the attack of issue 13:
 * 176 MB an answer on main), then beside 20 that ask for the most the API allows (100 a page,
 * two levels). The CMS runs as in production (`next start` on the `npm run cms:build` output)
 * on a SQLite file holding the sample content/, its schema made by the committed migrations
 * (the production server refuses a file the development server has pushed); `--dev` measures
 * `next dev` instead. Each phase runs a fixed
 * time, then the server is stopped: the bench ends by itself. The attacker and the visitor
 * come from two addresses, named in X-Forwarded-For as a proxy in front of the CMS would.
 *
 * Usage: npm run bench:cms-load -- [--dev] [--seconds 15] [--hostile 20] [--checkout <dir>]
 * (--checkout serves another checkout's cms/, e.g. one of main, to compare; it needs its own
 * `npm run cms:build`). Prints a table and one JSON line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { getPayload } from 'payload';
import { buildCmsConfig } from '../cms/config.ts';
import { importContent } from '../cms/sync/import.ts';
import { migrations } from '../cms/migrations/index.ts';

const { values: args } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, seconds: { type: 'string', default: '15' }, hostile: { type: 'string', default: '20' }, checkout: { type: 'string', default: '.' } },
});
const seconds = Number(args.seconds);
const hostileConnections = Number(args.hostile);
const checkout = path.resolve(args.checkout);
/** A visitor's request: one published practice example by its slug, its relationships populated. */
let ORDINARY = '';
const ATTACK = '/api/practice-examples?pagination=false&depth=10';
const MOST_ALLOWED = '/api/practice-examples?limit=100&depth=2';
const ATTACKER = '203.0.113.66';
const VISITOR = '198.51.100.7';
const VISITOR_RATE = 5;

if (!args.dev && !existsSync(path.join(checkout, 'cms', '.next-prod', 'BUILD_ID'))) {
  console.error(`${checkout}/cms has no production build: run npm run cms:build there first (or pass --dev)`);
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'schoolnabij-cms-load-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  CMS_DATA_DIR: work,
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
  CMS_JOBS_AUTORUN: '0',
  CMS_IMPORT_ON_EMPTY: '0',
  CMS_LOG_LEVEL: 'warn',
  CONTENT_DIR: path.join(work, 'content'),
  SITE_DIST_DIR: path.join(work, 'dist'),
  NEXT_TELEMETRY_DISABLED: '1',
};

// The database: shaped by the committed migrations (no push, as Payload's migrate command
// sets), content/ imported, then closed.
process.env.DISABLE_PAYLOAD_HMR = 'true';
process.env.PAYLOAD_MIGRATING = 'true';
const setup = await getPayload({ config: await buildCmsConfig(env), key: work });
delete process.env.PAYLOAD_MIGRATING;
await setup.db.migrate({ migrations });
const imported = await importContent({ payload: setup, contentDir: path.resolve('content') });
await setup.destroy();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const next = path.resolve('node_modules/next/dist/bin/next');
const server = spawn(process.execPath, [next, args.dev ? 'dev' : 'start', path.join(checkout, 'cms'), '--port', String(port), '--hostname', '127.0.0.1'], {
  cwd: checkout,
  // A heap cap keeps a main-branch server that the attack blows up from taking the machine with it.
  env: { ...env, CMS_NEXT_DIST_DIR: args.dev ? undefined : '.next-prod', NODE_ENV: args.dev ? 'development' : 'production', PORT: String(port), NODE_OPTIONS: '--max-old-space-size=1536' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let serverOutput = '';
server.stdout!.on('data', (chunk) => (serverOutput += chunk));
server.stderr!.on('data', (chunk) => (serverOutput += chunk));

try {
  await waitUntilUp(`${base}/api/themes?limit=1`, args.dev ? 300_000 : 120_000);
  const attack = await fetch(`${base}${ATTACK}`);
  const attackBytes = (await attack.arrayBuffer()).byteLength;
  const allowed = await fetch(`${base}${MOST_ALLOWED}`);
  const allowedBytes = (await allowed.arrayBuffer()).byteLength;
  const first = (await (await fetch(`${base}/api/practice-examples?limit=1&depth=0&sort=slug`)).json()) as { docs: { slug: string }[] };
  ORDINARY = `/api/practice-examples?where[slug][equals]=${first.docs[0]!.slug}&limit=1&depth=1`;
  for (let i = 0; i < 20; i++) await (await fetch(`${base}${ORDINARY}`)).arrayBuffer();

  const alone = await ordinaryBeside(undefined);
  const besideAttack = await ordinaryBeside(ATTACK);
  const besideMostAllowed = await ordinaryBeside(MOST_ALLOWED);
  const result = {
    date: new Date().toISOString(),
    server: args.dev ? 'next dev' : 'next start (production build)',
    checkout,
    documents: imported.created,
    attack: { status: attack.status, bytes: attackBytes },
    mostAllowed: { status: allowed.status, bytes: allowedBytes },
    alone,
    besideAttack,
    besideMostAllowed,
    load: os.loadavg().map((n) => Math.round(n * 10) / 10),
  };
  // No answer within the phase: no latency to show, and none that would be a good figure.
  const latency = (r: Phase) => (r.ordinary.requests === 0 ? `none answered in ${seconds} s | – | –` : `${r.ordinary.p50} | ${r.ordinary.p99} | ${r.ordinary.max}`);
  const row = (name: string, r: Phase) =>
    `| ${name} | ${latency(r)} | ${r.ordinary.requests} | ${r.ordinary.failed} | ${r.hostile ? `${r.hostile.requests} (${r.hostile.statuses || 'none answered'})` : '–'} | ${r.peakRssMB} |`;
  console.log(`\n${result.server}, ${checkout}: ${result.documents} documents; the attack answers ${attack.status} with ${attackBytes} bytes, the most allowed ${allowed.status} with ${allowedBytes} bytes; ${seconds} s a phase, load ${result.load.join(' ')}`);
  console.log('| phase | ordinary p50 (ms) | p99 (ms) | max (ms) | ordinary requests | failed | hostile requests (statuses) | server peak RSS (MB) |');
  console.log('|---|---:|---:|---:|---:|---:|---|---:|');
  console.log(row('ordinary alone', alone));
  console.log(row(`beside ${hostileConnections} × ${ATTACK}`, besideAttack));
  console.log(row(`beside ${hostileConnections} × ${MOST_ALLOWED}`, besideMostAllowed));
  console.log(JSON.stringify(result));
} finally {
  try {
    process.kill(-server.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);

interface Phase {
  ordinary: { p50: number; p99: number; max: number; requests: number; failed: number };
  hostile?: { requests: number; statuses: string };
  peakRssMB: number;
}

/** One connection of ordinary requests for `seconds`, with hostile connections beside it when given. */
async function ordinaryBeside(hostilePath: string | undefined): Promise<Phase> {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, groupRss(server.pid!))), 200);
  const timeout = 30;
  // Two clients, as a proxy in front would name them in X-Forwarded-For: the attacker and a visitor.
  const hostile = hostilePath
    ? autocannon({ url: `${base}${hostilePath}`, connections: hostileConnections, duration: seconds, timeout, headers: { 'x-forwarded-for': ATTACKER } })
    : undefined;
  // The visitor asks five times a second; the attacker as fast as the server answers.
  const ordinary = await autocannon({ url: `${base}${ORDINARY}`, connections: 1, overallRate: VISITOR_RATE, duration: seconds, timeout, headers: { 'x-forwarded-for': VISITOR } });
  const hostileResult = hostile ? await hostile : undefined;
  clearInterval(sampler);
  const statuses = hostileResult
    ? Object.entries(hostileResult.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`).join(', ') + (hostileResult.timeouts ? `, timeouts: ${hostileResult.timeouts}` : '') + (hostileResult.errors ? `, errors: ${hostileResult.errors}` : '')
    : '';
  return {
    ordinary: {
      p50: ordinary.latency.p50,
      p99: ordinary.latency.p99,
      max: ordinary.latency.max,
      requests: ordinary.requests.total,
      failed: ordinary.non2xx + ordinary.errors + ordinary.timeouts,
    },
    ...(hostileResult ? { hostile: { requests: hostileResult.requests.total, statuses } } : {}),
    peakRssMB: Math.round(peak / 1024),
  };
}

/** The resident memory (KB) of every process in the server's process group. */
function groupRss(group: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

async function waitUntilUp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the CMS exited before answering:\n${serverOutput}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the CMS did not answer ${url} within ${timeoutMs / 1000} s:\n${serverOutput}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
