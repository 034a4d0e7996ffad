import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { createInput } from '../test/support/create-input.ts';
import { exportContent } from './export.ts';
import { importContent } from './import.ts';

describe('the global "Navigatie" ⇄ content/navigation.yaml', () => {
  let cms: TestCms;
  let work: string;
  let token: string;
  beforeAll(async () => {
    cms = await startTestCms();
    work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-navigation-'));
    const login = { email: 'beheer@schoolnabij.test', password: 'beheer-wachtwoord-1' };
    await cms.payload.create({ collection: 'users', data: { ...login, roles: ['admin'] }, overrideAccess: true });
    token = (await cms.payload.login({ collection: 'users', data: login })).token!;
  });
  afterAll(async () => {
    await cms?.close();
    rmSync(work, { recursive: true, force: true });
  });
  const exported = async (name: string) => {
    const dir = path.join(work, name, 'content');
    const summary = await exportContent({ payload: cms.payload, contentDir: dir });
    return { dir, summary, file: path.join(dir, 'navigation.yaml') };
  };
  const save = (data: unknown) => cms.rest('POST', '/api/globals/navigation', { token, body: data });

  it('writes no navigation.yaml while the menus were never saved, so the site shows its default menus', async () => {
    const { file } = await exported('never-saved');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses, in Dutch, an item that links to both a document and a route, or to neither', async () => {
    const page = await cms.payload.create({ collection: 'pages', data: createInput('pages', { title: 'Over ons', summary: 'Wie wij zijn.', publishedAt: '2026-01-01', _status: 'published' }), overrideAccess: true, context: { skipRebuild: true } });
    const both = await save({ header: [{ label: 'Beide', route: '/zoeken/', document: { relationTo: 'pages', value: page.id } }], footer: [] });
    expect(both.status).toBe(400);
    expect(JSON.stringify(await both.json())).toContain('Kies een artikel of pagina óf een onderdeel van de site, niet allebei.');
    const neither = await save({ header: [{ label: 'Niets' }], footer: [] });
    expect(neither.status).toBe(400);
    expect(JSON.stringify(await neither.json())).toContain('Kies een artikel of pagina, of een onderdeel van de site.');
  });

  it('exports the menus in the editor’s order, documents as { collection, slug }, and imports them back unchanged', async () => {
    const page = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'over-ons' } } })).docs[0]!;
    const saved = await save({
      header: [
        { label: 'Zoeken', route: '/zoeken/' },
        { label: 'Wie wij zijn', document: { relationTo: 'pages', value: page.id } },
      ],
      footer: [],
    });
    expect(saved.status).toBe(200);
    const { dir, file, summary } = await exported('saved');
    expect(readFileSync(file, 'utf8')).toBe(
      'header:\n  - label: Zoeken\n    route: /zoeken/\n  - label: Wie wij zijn\n    document:\n      collection: pages\n      slug: over-ons\nfooter: []\n',
    );
    expect(summary.warnings).toEqual([]);
    const again = await importContent({ payload: cms.payload, contentDir: dir });
    expect(again).toMatchObject({ created: 0, updated: 0 });
  });

  it('leaves out an item whose page was unpublished, with a warning, and brings it back when the page is republished', async () => {
    const page = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'over-ons' } } })).docs[0]!;
    await cms.payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' }, overrideAccess: true, context: { skipRebuild: true } });
    const hidden = await exported('unpublished');
    expect(readFileSync(hidden.file, 'utf8')).toBe('header:\n  - label: Zoeken\n    route: /zoeken/\nfooter: []\n');
    expect(hidden.summary.warnings).toEqual(['content/navigation.yaml: header.1: "Wie wij zijn" links to pages/over-ons, which is not published; left out of the menu']);

    await cms.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, overrideAccess: true, context: { skipRebuild: true } });
    expect(readFileSync((await exported('republished')).file, 'utf8')).toContain('slug: over-ons');
  });
});
