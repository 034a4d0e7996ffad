/**
 * Test support: a real Payload instance on a database of its own (SQLite in a temporary folder,
 * or MongoDB when MONGODB_URL is set), reached through the Local API and the REST handlers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { handleEndpoints, getPayload, type Payload } from 'payload';
import { vi } from 'vitest';

export type AdapterName = 'sqlite' | 'mongodb';

export interface TestCms {
  payload: Payload;
  /** The environment this instance was built from, for commands run against the same database. */
  env: Record<string, string | undefined>;
  /** Calls Payload's REST API in-process: rest('GET', '/api/practice-examples', { token }); a FormData body is sent as multipart (uploads). */
  rest(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestCms(adapter: AdapterName = 'sqlite', overrides: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-cms-'));
  const env = testCmsEnv(dir, adapter, overrides);
  // A fresh copy of the config modules per instance: Payload sanitises collection configs in place.
  vi.resetModules();
  const { buildCmsConfig } = await import('../../config.ts');
  const config = await buildCmsConfig(env);
  const payload = await getPayload({ config, key: dir });

  async function rest(method: string, route: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers = new Headers(options.headers);
    if (options.token) headers.set('Authorization', `JWT ${options.token}`);
    const multipart = options.body instanceof FormData;
    if (options.body !== undefined && !multipart) headers.set('Content-Type', 'application/json');
    const request = new Request(`http://localhost${route}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    });
    return handleEndpoints({ config, request, path: route.split('?')[0], payloadInstanceCacheKey: dir });
  }

  return {
    payload,
    env,
    rest,
    async close() {
      if (adapter === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection.dropDatabase().catch(() => {});
      }
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The environment of a CMS whose database, media and output all live in dir, for startTestCms and for commands spawned by tests. */
export function testCmsEnv(dir: string, adapter: AdapterName = 'sqlite', overrides: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...process.env,
    CMS_DATA_DIR: dir,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    CMS_JOBS_AUTORUN: '0',
    CMS_IMPORT_ON_EMPTY: '0',
    // Publishing writes here, never into the checkout's own content/ and dist/.
    CONTENT_DIR: path.join(dir, 'content'),
    SITE_DIST_DIR: path.join(dir, 'dist'),
    CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'fatal',
    CMS_ADMIN_EMAIL: '',
    CMS_ADMIN_PASSWORD: '',
    DATABASE_URL:
      adapter === 'mongodb'
        ? withDatabaseName(process.env.MONGODB_URL ?? '', `schoolnabij_test_${path.basename(dir).replace(/\W/g, '_')}`)
        : `file:${path.join(dir, 'cms.db')}`,
    ...overrides,
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
