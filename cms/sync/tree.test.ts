import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { jobStagingDir, rebuildDir, recover, stagingDir, swapIn, swapInKeeping } from './tree.ts';

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-tree-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** A tree of many files, so that removing it takes long enough to overlap what follows. */
function tree(dir: string, marker: string, files = 2000): void {
  for (let i = 0; i < files; i++) {
    mkdirSync(path.join(dir, `d${i % 50}`), { recursive: true });
    writeFileSync(path.join(dir, `d${i % 50}`, `f${i}.html`), marker);
  }
  writeFileSync(path.join(dir, 'marker'), marker);
}

describe('swapping a tree in', () => {
  it('puts the new tree in place at once and removes the old one in the background', async () => {
    const root = folder();
    const target = path.join(root, 'dist');
    tree(target, 'old');
    const staging = stagingDir(target);
    tree(staging, 'new');
    const removal = swapIn(staging, target);
    // Live before the old tree is gone.
    expect(readFileSync(path.join(target, 'marker'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(root).filter((name) => name.includes('.replaced-'))).toHaveLength(1);
    await removal;
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('swaps again, and recovers, while an earlier removal is still running', async () => {
    const root = folder();
    const target = path.join(root, 'dist');
    tree(target, 'first');
    const removals: Promise<void>[] = [];
    for (const marker of ['second', 'third']) {
      const staging = stagingDir(target);
      tree(staging, marker);
      removals.push(swapIn(staging, target));
      // The next job's start: the replaced tree being removed is left to its removal, not
      // removed a second time there and then (which would hold up the job for seconds).
      recover(target);
      expect(readdirSync(root).filter((name) => name.includes('.replaced-')).length).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(target, 'marker'), 'utf8')).toBe('third');
    await Promise.all(removals);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('resolves at once when there was no tree to replace', async () => {
    const root = folder();
    const target = path.join(root, 'content');
    const staging = stagingDir(target);
    tree(staging, 'new', 1);
    await swapIn(staging, target);
    expect(readdirSync(root)).toEqual(['content']);
  });
});

describe('swapping a rebuilt tree in and keeping the one it replaced', () => {
  it('puts the replaced tree where the rebuild was, for the next rebuild', () => {
    const root = folder();
    const target = path.join(root, 'dist');
    tree(target, 'old', 1);
    tree(rebuildDir(target), 'new', 1);
    swapInKeeping(rebuildDir(target), target);
    expect(readFileSync(path.join(target, 'marker'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(rebuildDir(target), 'marker'), 'utf8')).toBe('old');
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.building']);
  });

  it('puts the old tree back when the process died between the renames', () => {
    const root = folder();
    const target = path.join(root, 'dist');
    tree(target, 'old', 1);
    tree(rebuildDir(target), 'new', 1);
    // What the first rename of swapInKeeping leaves: the live tree moved aside, nothing in place.
    renameSync(target, path.join(root, 'dist.replaced-1-1'));
    recover(target);
    expect(readFileSync(path.join(target, 'marker'), 'utf8')).toBe('old');
  });
});

describe("the publish job's staging tree", () => {
  it('has one name in every process, and what a killed job left there is removed on recovery', () => {
    const root = folder();
    const target = path.join(root, 'content');
    tree(target, 'live', 1);
    expect(jobStagingDir(target)).toBe(`${target}.export-job`);
    // A job killed while exporting: half a tree, and the record of the export it wrote there.
    tree(jobStagingDir(target), 'half', 1);
    writeFileSync(`${jobStagingDir(target)}.export.json`, '{}');
    recover(target);
    expect(readdirSync(root)).toEqual(['content']);
    expect(readFileSync(path.join(target, 'marker'), 'utf8')).toBe('live');
  });
});
