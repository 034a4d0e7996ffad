/**
 * The mark is drawn once (brand-mark.ts); the favicon file that browsers ask for by name
 * (/favicon.ico, before the page's own icon link has arrived) is that drawing as a 32 px PNG.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { FAVICON_URL, markSvg } from './brand-mark.ts';

it('serves the mark itself as cms/public/favicon.ico', async () => {
  const expected = await sharp(Buffer.from(markSvg())).resize(32, 32).raw().toBuffer();
  const actual = await sharp(readFileSync('cms/public/favicon.ico')).resize(32, 32).raw().toBuffer();
  expect(actual.equals(expected)).toBe(true);
  expect(decodeURIComponent(FAVICON_URL)).toBe(`data:image/svg+xml,${markSvg()}`);
});
