/** The search page as a visitor finds its parts: by role and accessible name. */
import type { Locator, Page } from 'playwright-core';

export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Zoekterm' });

/** The line that says how many results there are (role status, read out by screen readers). */
export const searchStatus = (page: Page): Locator => page.getByRole('status');

export const resultList = (page: Page): Locator => page.getByRole('list', { name: 'Zoekresultaten' });

/** The paths the results' headings link to, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return resultList(page)
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The checkbox of one filter value, labelled "<value> (<count>)" in the group named after its filter. */
export function filterBox(page: Page, filter: string, value: string): Locator {
  return page.getByRole('group', { name: filter }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(value)} \\(\\d+\\)$`) });
}

/** The count a filter value's label shows: how many results choosing it would leave. */
export async function filterCount(page: Page, filter: string, value: string): Promise<number> {
  const label = await filterBox(page, filter, value).evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');
  const count = /\((\d+)\)\s*$/.exec(label);
  if (!count) throw new Error(`no count in the label "${label}" of ${filter}: ${value}`);
  return Number(count[1]);
}
