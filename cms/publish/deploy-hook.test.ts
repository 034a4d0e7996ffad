import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInput } from '../test/support/create-input.ts';
import { startTestCms } from '../test/support/payload.ts';
import { SITE_STATUS } from './site-status.ts';

// A file of its own: one CMS instance per test file (Payload sets up a database schema once per process).
describe('publishing with DEPLOY_HOOK_URL', () => {
  it('calls the hook instead of building, and keeps the error when it fails, after retries', async () => {
    const calls: { body: string }[] = [];
    let answer = 500;
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls.push({ body });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    const cms = await startTestCms('sqlite', { DEPLOY_HOOK_URL: `http://127.0.0.1:${address.port}/bouw` });
    try {
      const theme = await cms.payload.create({ collection: 'themes', data: createInput('themes', { name: 'Thuiszitters', description: 'Leerlingen die niet naar school gaan.' }) });
      expect(theme.slug).toBe('thuiszitters');
      // Failing hook: the job is tried three times (retries: 2), then kept with its error.
      for (let i = 0; i < 3; i++) await cms.payload.jobs.run();
      expect(calls.length).toBe(3);
      const job = (await cms.payload.find({ collection: 'payload-jobs', limit: 1 })).docs[0]!;
      expect(job.hasError).toBe(true);
      expect(JSON.stringify(job.log ?? job.error)).toContain('status 500');
      expect(await cms.payload.findGlobal({ slug: SITE_STATUS })).toMatchObject({ state: 'mislukt', error: expect.stringContaining('status 500') });
      expect(existsSync(path.join(cms.env.SITE_DIST_DIR!, 'index.html'))).toBe(false);

      answer = 200;
      await cms.payload.update({ collection: 'themes', id: theme.id, data: { name: 'Thuiszitters en verzuim' } });
      await cms.payload.jobs.run();
      expect(JSON.parse(calls.at(-1)!.body)).toEqual({ reason: 'gewijzigd: themes/thuiszitters' });
      expect(await cms.payload.findGlobal({ slug: SITE_STATUS })).toMatchObject({ state: 'gelukt' });
      expect(existsSync(path.join(cms.env.CONTENT_DIR!, 'themes.yaml'))).toBe(true);
      expect(existsSync(path.join(cms.env.SITE_DIST_DIR!, 'index.html'))).toBe(false);
    } finally {
      await cms.close();
      server.close();
    }
  }, 120_000);
});
