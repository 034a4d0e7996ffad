/**
 * Nothing an editor can do to a document or theme stops the next publication: each case below is
 * followed by a real export and a real site build (with its link check), which must succeed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NAVIGATION, documentPath, menuItemHref } from '../../contract/index.ts';
import { siteUrl } from '../../contract/location.ts';
import { runAstroBuild } from '../../site/build/astro-build.ts';
import { exportContent } from '../sync/export.ts';
import { importContent } from '../sync/import.ts';
import { createInput } from './support/create-input.ts';
import { paragraph, richText, text } from './support/lexical.ts';
import { startTestCms, type TestCms } from './support/payload.ts';

const SAMPLE = path.resolve('content');
/** An editor's custom link to a page, typed as its address on the site: the link check counts it as internal. */
const OVER_ON_SITE = new URL('/over/', siteUrl()).href;
const FOOTER_PAGES = DEFAULT_NAVIGATION.footer.flatMap((item) => (item.document ? [item.document.slug] : []));

/** The hrefs of a menu on a built page. */
function menuHrefs(html: string, label: 'Hoofdmenu' | 'Voettekst'): string[] {
  const nav = new RegExp(`<nav aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('publishing never gets stuck', () => {
  let cms: TestCms;
  let work: string;
  beforeAll(async () => {
    cms = await startTestCms();
    work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-never-stuck-'));
    await importContent({ payload: cms.payload, contentDir: SAMPLE });
  });
  afterAll(async () => {
    await cms?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const pageId = async (slug: string) => (await cms.payload.find({ collection: 'pages', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!.id;
  const setStatus = async (slug: string, status: 'draft' | 'published') =>
    cms.payload.update({ collection: 'pages', id: await pageId(slug), data: { _status: status }, overrideAccess: true, context: { skipRebuild: true } });

  /** What a publication does: export the CMS to content/, then build the site from it. */
  async function publish(name: string) {
    const contentDir = path.join(work, name, 'content');
    const outDir = path.join(work, name, 'dist');
    const summary = await exportContent({ payload: cms.payload, contentDir });
    const build = await runAstroBuild({ outDir, contentDir });
    expect(build.code, build.output).toBe(0);
    return { summary, contentDir, html: (route: string) => readFileSync(path.join(outDir, route, 'index.html'), 'utf8') };
  }

  it.each(FOOTER_PAGES)('builds after the footer page "%s" is unpublished, leaving it out of the footer', async (slug) => {
    await setStatus(slug, 'draft');
    try {
      const { summary, html } = await publish(`unpublished-${slug}`);
      const expected = DEFAULT_NAVIGATION.footer.filter((item) => item.document?.slug !== slug).map(menuItemHref);
      for (const route of ['/', '/zoeken/', documentPath('practice-examples', 'kernpartners-utrecht')]) {
        expect(menuHrefs(html(route), 'Voettekst'), route).toEqual(expected);
        expect(menuHrefs(html(route), 'Hoofdmenu'), route).toEqual(DEFAULT_NAVIGATION.header.map(menuItemHref));
      }
      const index = DEFAULT_NAVIGATION.footer.findIndex((item) => item.document?.slug === slug);
      const label = DEFAULT_NAVIGATION.footer[index]!.label;
      expect(summary.warnings).toEqual([`content/navigation.yaml: footer.${index}: "${label}" links to pages/${slug}, which is not published; left out of the menu`]);
    } finally {
      await setStatus(slug, 'published');
    }
  }, 180_000);

  it('refuses, in Dutch, to delete a theme that documents use, and the next publication builds', async () => {
    const theme = (await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'thuiszitters' } }, depth: 0 })).docs[0]!;
    // Its only theme: without it this example would break the contract, and every export with it.
    const only = await cms.payload.create({
      collection: 'practice-examples',
      data: createInput('practice-examples', {
        title: 'Alleen over thuiszitters',
        summary: 'Een school en een leerplichtambtenaar zoeken samen naar thuiszitters.',
        publishedAt: '2026-11-01',
        themes: [theme.id],
        sectors: ['vo'],
        organisations: [{ name: 'Het Lyceum', kind: 'school' }],
        _status: 'published',
      }),
      overrideAccess: true,
      context: { skipRebuild: true },
    });
    const users = await cms.payload.find({ collection: 'practice-examples', where: { themes: { in: [theme.id] } }, depth: 0, limit: 0, pagination: false });
    expect(users.docs.length).toBeGreaterThan(1);
    const response = await cms.rest('DELETE', `/api/themes/${theme.id}`, { token: await adminToken(cms) });
    expect(response.status).toBe(409);
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    expect(errors[0]!.message).toMatch(/^Dit thema kan niet worden verwijderd: \d+ documenten gebruikt het: "[^"]+" \(praktijkvoorbeeld\)/);
    expect(errors[0]!.message).toContain(`"${users.docs[0]!.title}"`);
    expect(errors[0]!.message).toMatch(/\. Haal het daar eerst weg\.$/);
    expect((await cms.payload.findByID({ collection: 'themes', id: theme.id, depth: 0 })).slug).toBe('thuiszitters');

    const { html } = await publish('theme-in-use');
    expect(html('/themas/thuiszitters/')).toContain(theme.name);
    expect(html(documentPath('practice-examples', only.slug as string))).toContain(`href="/themas/thuiszitters/"`);
  }, 180_000);

  it('deletes a theme that no document uses', async () => {
    const unused = await cms.payload.create({ collection: 'themes', data: createInput('themes', { name: 'Ongebruikt', description: 'Door niets gebruikt.' }), overrideAccess: true, context: { skipRebuild: true } });
    await cms.payload.delete({ collection: 'themes', id: unused.id, overrideAccess: true, context: { skipRebuild: true } });
    const left = await cms.payload.find({ collection: 'themes', where: { id: { equals: unused.id } } });
    expect(left.docs).toEqual([]);
  });

  it('writes a body link to an unpublished document as its text, with a warning, and builds', async () => {
    const link = (children: ReturnType<typeof text>[], fields: Record<string, unknown>) => ({
      type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', id: `l${Math.random().toString(16).slice(2, 8)}`, fields: { newTab: false, ...fields }, children,
    });
    const body = richText(
      paragraph(text('Lees eerst '), link([text('de achtergrond')], { linkType: 'internal', doc: { relationTo: 'pages', value: await pageId('achtergrond') } }), text(' en '), link([text('over ons')], { linkType: 'custom', url: OVER_ON_SITE }), text('.')),
    );
    const example = (await cms.payload.find({ collection: 'practice-examples', where: { slug: { equals: 'kernpartners-utrecht' } }, depth: 0 })).docs[0]!;
    await cms.payload.update({ collection: 'practice-examples', id: example.id, data: { body }, overrideAccess: true, context: { skipRebuild: true } });
    const file = path.join('practice-examples', 'kernpartners-utrecht.mdx');

    const linked = path.join(work, 'linked', 'content');
    await exportContent({ payload: cms.payload, contentDir: linked });
    expect(readFileSync(path.join(linked, file), 'utf8')).toContain(`Lees eerst [de achtergrond](/achtergrond/) en [over ons](${OVER_ON_SITE}).`);

    await setStatus('achtergrond', 'draft');
    await setStatus('over', 'draft');
    try {
      const { summary, contentDir, html } = await publish('body-link');
      expect(readFileSync(path.join(contentDir, file), 'utf8')).toContain('Lees eerst de achtergrond en over ons.');
      expect(summary.warnings).toEqual(
        expect.arrayContaining([
          `content/${file}: body: the link "de achtergrond" points at pages/achtergrond, which is not published; written as text`,
          `content/${file}: body: the link "over ons" points at pages/over, which is not published; written as text`,
        ]),
      );
      expect(html(documentPath('practice-examples', 'kernpartners-utrecht'))).toContain('Lees eerst de achtergrond en over ons.');
    } finally {
      await setStatus('achtergrond', 'published');
      await setStatus('over', 'published');
    }
  }, 180_000);
});

/** A logged-in admin's token, for the REST API as the admin uses it. */
async function adminToken(cms: TestCms): Promise<string> {
  const data = { email: 'beheer@schoolnabij.test', password: 'beheer-wachtwoord-1' };
  const existing = await cms.payload.find({ collection: 'users', where: { email: { equals: data.email } } });
  if (!existing.docs.length) await cms.payload.create({ collection: 'users', data: { ...data, roles: ['admin'] }, overrideAccess: true });
  const { token } = await cms.payload.login({ collection: 'users', data });
  return token!;
}
