/**
 * Every page an end-to-end test opens must keep its console free of errors and throw nothing
 * uncaught. watchConsole(page) records both; takeConsoleErrors(), called in afterEach, returns
 * (and forgets) what every watched page recorded, so that `expect(...).toEqual([])` names them.
 */
import type { Page } from 'playwright-core';

interface Watch {
  errors: string[];
  expected: RegExp[];
}

const watches = new Map<Page, Watch>();

export function watchConsole(page: Page): Page {
  const watch: Watch = { errors: [], expected: [] };
  watches.set(page, watch);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const expected = watch.expected.findIndex((pattern) => pattern.test(text));
    if (expected >= 0) watch.expected.splice(expected, 1);
    else watch.errors.push(`console error on ${page.url()}: ${text} (${message.location().url || 'no source'})`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught on ${page.url()}: ${error.stack ?? error.message}`));
  return page;
}

/**
 * Declares one console error that the page is meant to log, such as Chromium's line for a page
 * that answers 404; it must then appear, and only once.
 */
export function expectConsoleError(page: Page, pattern: RegExp): void {
  const watch = watches.get(page);
  if (!watch) throw new Error('expectConsoleError: call watchConsole(page) first');
  watch.expected.push(pattern);
}

/** What the watched pages logged since the last call, and the declared errors that never came. */
export function takeConsoleErrors(): string[] {
  const all = [...watches.values()].flatMap((w) => [...w.errors, ...w.expected.map((p) => `expected console error ${p} did not appear`)]);
  watches.clear();
  return all;
}
