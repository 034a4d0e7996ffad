/**
 * A CMS killed during a site rebuild (SIGKILL to its process group: next dev, its server, the
 * Astro build) and started again: its first act, before any request, is to fail the job the dead
 * process left running and free the build lock it held; Sitebouw says the build was interrupted,
 * and the next publication goes live.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../contract/vocabulary.ts';
import { buildLockOwner } from '../../site/build/astro-build.ts';
import { ownerIsGone } from '../../site/build/process-owner.ts';
import type { PracticeExample, SiteStatus } from '../payload-types.ts';
import { freePort, startCmsProcess, type CmsProcess } from '../test/support/cms-process.ts';
import { paragraph, richText, text as lexicalText } from '../test/support/lexical.ts';
import { testCmsEnv } from '../test/support/payload.ts';
import { INTERRUPTED_BUILD } from './site-status.ts';

const START_MS = 300_000;
const admin = { email: 'beheer@schoolnabij.test', password: 'herstel-wachtwoord-1' };

/** The process group of a process (Linux: the fifth field of /proc/<pid>/stat), or undefined when it is gone. */
function processGroup(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return undefined;
  }
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error; // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ''}`);
}

describe('a CMS killed during a site rebuild', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-crash-'));
  const content = path.join(dir, 'content');
  cpSync(path.resolve('content'), content, { recursive: true });
  const env = testCmsEnv(dir, 'sqlite', {
    // As the CMS server runs: jobs in its own process, the sample content/ imported into the empty database.
    CMS_JOBS_AUTORUN: '1',
    CMS_IMPORT_ON_EMPTY: '1',
    CONTENT_DIR: content,
    CMS_LOG_LEVEL: 'info',
    CMS_ADMIN_EMAIL: admin.email,
    CMS_ADMIN_PASSWORD: admin.password,
    // A Next build folder of its own, so that this never disturbs another test's server.
    CMS_NEXT_DIST_DIR: '.next-test-recovery',
  });
  const dist = env.SITE_DIST_DIR!;
  let cms: CmsProcess | undefined;

  afterAll(async () => {
    await cms?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  async function api<T>(method: string, route: string, token?: string, body?: unknown): Promise<{ status: number; json: T }> {
    const res = await fetch(`${cms!.url}${route}`, {
      method,
      headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as T };
  }

  async function login(): Promise<string> {
    const res = await until('the CMS answers a login', START_MS, async () => {
      const answer = await api<{ token: string }>('POST', '/api/users/login', undefined, admin);
      return answer.status === 200 ? answer : undefined;
    });
    return res.json.token;
  }

  async function publish(token: string, title: string): Promise<PracticeExample> {
    const theme = (await api<{ docs: { id: number }[] }>('GET', '/api/themes?limit=1', token)).json.docs[0]!;
    const text = `${title}: een school en een jeugdhulpaanbieder werken samen.`;
    const { status, json } = await api<{ doc: PracticeExample }>('POST', '/api/practice-examples', token, {
      title,
      summary: 'Een school en een jeugdhulpaanbieder werken samen.',
      publishedAt: '2026-11-20',
      themes: [theme.id],
      sectors: ['vo'],
      organisations: [{ name: 'Het Proefcollege', kind: 'school' }],
      body: richText(paragraph(lexicalText(text))),
      _status: 'published',
    });
    expect(status, JSON.stringify(json)).toBe(201);
    return json.doc;
  }

  const siteStatus = async (token: string) => (await api<SiteStatus>('GET', '/api/globals/site-status', token)).json;
  const page = (slug: string) => path.join(dist, documentPath('practice-examples', slug), 'index.html');

  it('fails the interrupted job and frees the build lock on start, and the next publication goes live', async () => {
    cms = startCmsProcess(env, await freePort());
    const token = await login();
    const first = await publish(token, 'De zeepbellenfabriek');

    // Killed while its Astro build runs: the build lock is held by a process of this CMS.
    await until('the rebuild holds the build lock', START_MS, async () => {
      const owner = buildLockOwner();
      const pid = owner ? (JSON.parse(owner) as { pid: number }).pid : undefined;
      return pid !== undefined && processGroup(pid) === cms!.group ? true : undefined;
    });
    expect((await siteStatus(token)).state).toBe('bezig');
    const held = buildLockOwner();
    await cms.kill('SIGKILL');
    // The lock is the checkout's: a build of another test may take it over at once. The owner that
    // held it is gone, and so a waiting build no longer waits for it.
    expect(held).toBeDefined();
    expect(ownerIsGone(held)).toBe(true);
    expect(existsSync(page(first.slug))).toBe(false);

    // Started again; no request is made until the recovery has been logged.
    cms = startCmsProcess(env, await freePort());
    await cms.waitForOutput(/job \d+ \(rebuildSite\) was interrupted: its process is gone/, START_MS);
    const again = await login();
    expect(await siteStatus(again)).toMatchObject({ state: 'onderbroken', error: INTERRUPTED_BUILD });

    const second = await publish(again, 'De tweede proef');
    const live = await until('the next publication goes live', START_MS, async () => {
      const status = await siteStatus(again);
      return status.state === 'gelukt' ? status : undefined;
    });
    expect(live).toMatchObject({ state: 'gelukt', error: null, reason: `gepubliceerd: practice-examples/${second.slug}` });
    // Built from what the CMS holds: the publication that was interrupted is on the site too.
    expect(readFileSync(page(second.slug), 'utf8')).toContain('De tweede proef');
    expect(readFileSync(page(first.slug), 'utf8')).toContain('De zeepbellenfabriek');
    // No lock of a dead process is left (other tests of this checkout may be building now).
    const owner = buildLockOwner();
    expect(owner === undefined || !ownerIsGone(owner), owner).toBe(true);
  }, 4 * START_MS);
});
