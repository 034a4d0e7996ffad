/**
 * The words a person meets on an admin view, read once the view has settled: the visible text
 * plus aria-labels, placeholders and titles (what a screen reader and a hover show). Settled
 * means no loading overlay or shimmer and the same words twice in a row, not network silence:
 * the dashboard and the edit views poll the publication status every two seconds.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const LOADING = '.loading-overlay, .shimmer-effect';

function viewWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
    );
    return `${document.body.innerText}\n${attributes.join('\n')}`;
  });
}

/** The view's words once nothing loads and they stayed the same for 300 ms. */
export async function settledViewWords(page: Page): Promise<string> {
  await page.locator('.template-default, .template-minimal').first().waitFor();
  let last = '';
  await expect
    .poll(async () => {
      if ((await page.locator(LOADING).count()) > 0) return false;
      const now = await viewWords(page);
      const same = now === last;
      last = now;
      return same;
    }, { timeout: 60_000, interval: 300 })
    .toBe(true);
  return last;
}
