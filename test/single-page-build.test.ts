import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { COLLECTIONS, DEFAULT_NAVIGATION, menuItemHref } from '../contract/index.ts';
import { runAstroBuild as buildSite } from '../site/build/astro-build.ts';
import { copyOfSampleContent } from './support/content-fixture.ts';

describe('a build of a content tree with a single page', () => {
  it('succeeds, the menus leaving out the pages that were not built, with a warning for each', async () => {
    const dir = copyOfSampleContent();
    for (const collection of COLLECTIONS) {
      for (const name of readdirSync(path.join(dir, collection))) if (`${collection}/${name}` !== 'pages/over.mdx') rmSync(path.join(dir, collection, name));
    }
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-single-page-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const result = await buildSite({ outDir: path.join(root, 'dist'), contentDir: dir });
    expect(result.code, result.output).toBe(0);
    for (const [i, slug] of [[1, 'achtergrond'], [2, 'veelgestelde-vragen'], [3, 'toegankelijkheid']] as const) {
      expect(result.output).toContain(`${dir}/navigation.yaml: footer.${i}: "${DEFAULT_NAVIGATION.footer[i]!.label}" links to pages/${slug}, which does not exist; left out of the menu`);
    }
    const html = readFileSync(path.join(root, 'dist', 'over', 'index.html'), 'utf8');
    const hrefs = (label: string) => [...(new RegExp(`<nav aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs('Voettekst')).toEqual(['/over/', '/nieuwsbrief/', '/rss.xml']);
    expect(hrefs('Hoofdmenu')).toEqual(DEFAULT_NAVIGATION.header.map(menuItemHref));
  });
});
