/**
 * The invariant of DESIGN.md: an incremental build equals a full build of the same content.
 * One content folder goes through three publications, each built twice into the same output
 * path: as the publish job builds, reusing the pages of the build before (Astro's
 * experimental.incrementalBuild with the keys of site/lib/cache-key.ts) in the folder of the site
 * it replaced last time (site/build/kept-pages.ts), and as `npm run build` does, in full. The two
 * dist/ trees
 * must be equal byte for byte; the only build-time value (site/lib/build-values.ts, the year) is
 * the same in both. The incremental build must also have skipped pages and kept search fragments,
 * or it proves nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import yaml from 'js-yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { rebuildDir, swapInKeeping } from '../cms/sync/tree.ts';
import { runAstroBuild } from '../site/build/astro-build.ts';
import { copyOfSampleContent, edit, validPracticeExample, writeDocument } from './support/content-fixture.ts';

/** Every file of a tree, by its path relative to the tree. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** The files that differ between two trees, or exist in only one of them. */
function differences(a: string, b: string): string[] {
  const inA = files(a);
  const inB = files(b);
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter((file) => !inA.includes(file) || !inB.includes(file) || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

/** What Astro keeps in its cache folder's incremental-build.json and compares with the next build. */
interface IncrementalManifest {
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string }>;
}

/**
 * Pages the build did not render, from its log (colours removed: CI=true turns them on): "cached"
 * when the page was in its folder already, "restored" when Astro copied it from its cache.
 */
function reusedPages(output: string, how: 'cached' | 'restored'): string[] {
  return [...stripVTControlCharacters(output).matchAll(new RegExp(`├─ (\\S+) \\(${how}\\)`, 'g'))].map((m) => m[1]!);
}

/** How many search fragments Pagefind found in place, from the build's log (site/build/pagefind-fragments.ts). */
function keptFragments(output: string): number {
  const found = /\((\d+) fragment\(s\) kept/.exec(stripVTControlCharacters(output));
  if (!found) throw new Error(`no "fragment(s) kept" in the build's log:\n${output}`);
  return Number(found[1]);
}

describe('an incremental build', () => {
  it('writes the same dist/ as a full build, after an edit, an addition, a removal and a change of a theme', { timeout: 240_000 }, async () => {
    const content = copyOfSampleContent();
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-incremental-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    // Astro bakes the output folder into the bundle, so both builds write to the same path: the
    // job's, which holds the site the last publication replaced.
    const live = path.join(root, 'live');
    const out = rebuildDir(live);
    const held = path.join(root, 'held');
    const buildLikeTheJob = async () => {
      const result = await runAstroBuild({ outDir: out, contentDir: content, incremental: true, live, env: { ASTRO_CACHE_DIR: path.join(root, 'cache-incremental') } });
      expect(result.code, result.output).toBe(0);
      swapInKeeping(out, live);
      return result.output;
    };
    const buildInFull = async (name: string) => {
      // The job's folder is put aside meanwhile: a full build empties its output folder first.
      const kept = existsSync(out);
      if (kept) renameSync(out, held);
      const result = await runAstroBuild({ outDir: out, contentDir: content, env: { ASTRO_CACHE_DIR: path.join(root, `cache-full-${name}`) } });
      expect(result.code, result.output).toBe(0);
      renameSync(out, path.join(root, `${name}-full`));
      if (kept) renameSync(held, out);
    };
    const manifest = () => JSON.parse(readFileSync(path.join(root, 'cache-incremental', 'incremental-build.json'), 'utf8')) as IncrementalManifest;
    const publish = async (name: string) => {
      const before = manifest();
      const output = await buildLikeTheJob();
      // Why nothing could be reused, if so: what Astro compares besides the keys.
      const after = manifest();
      const changed = [
        ...(['configHash', 'lockfileHash'] as const).filter((k) => before[k] !== after[k]),
        ...Object.keys(after.routes).filter((route) => before.routes[route]?.dependencyHash !== after.routes[route]!.dependencyHash),
      ];
      await buildInFull(name);
      expect(differences(live, path.join(root, `${name}-full`))).toEqual([]);
      const cached = reusedPages(output, 'cached');
      return { output: stripVTControlCharacters(output), cached, reused: [...cached, ...reusedPages(output, 'restored')], changed, keptFragments: keptFragments(output) };
    };

    await buildLikeTheJob();

    // An edit of a practice example that a conference report lists as related.
    edit(path.join(content, 'practice-examples', '2sur5-en-pleysier-college.mdx'), /^title: "(.*)"$/m, 'title: "$1 (bijgewerkt)"');
    const edited = await publish('edited');
    expect(edited.changed, 'what changed since the build before').toEqual([]);
    // The unchanged pages were put in the job's folder (copied from the live site) before the build.
    expect(edited.cached).toContain('/praktijkvoorbeelden/kernpartners-utrecht/index.html');
    expect(edited.reused).not.toContain('/praktijkvoorbeelden/2sur5-en-pleysier-college/index.html');
    expect(edited.reused).not.toContain('/verslagen/bewogen-en-bevlogen-haaglanden/index.html');

    // A new practice example, and one that no other document refers to taken offline.
    writeDocument(content, 'practice-examples', 'een-nieuwe-proef', validPracticeExample(content));
    rmSync(path.join(content, 'practice-examples', 'zuidsprong-alles-in-een-school-enschede.mdx'));
    const changed = await publish('added-removed');
    // Now the job's folder is the site the last publication replaced: its pages are in place.
    expect(changed.cached).toContain('/experts/bestuurlijk-leiderschap-maakt-het-verschil/index.html');
    expect(changed.output).toContain('/praktijkvoorbeelden/een-nieuwe-proef/index.html');
    // And the search fragments of its unchanged pages: Pagefind wrote only the others.
    expect(changed.keptFragments).toBeGreaterThan(0);

    // A theme's new name is on every page that shows the theme: nothing keyed is reused.
    const themes = path.join(content, 'themes.yaml');
    const [first] = yaml.load(readFileSync(themes, 'utf8')) as { name: string }[];
    edit(themes, `name: ${first!.name}`, `name: ${first!.name} en meer`);
    const renamed = await publish('theme-renamed');
    expect(renamed.reused).toEqual([]);
  });
});
