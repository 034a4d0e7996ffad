import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, DEFAULT_NAVIGATION, formatViolation, menuItemHref } from './index.ts';
import { serializeNavigation } from './serialize.ts';
import { copyOfSampleContent, edit } from '../test/support/content-fixture.ts';

const NAVIGATION = path.resolve('content', 'navigation.yaml');
const hrefs = (items: { route?: string; document?: { collection: string; slug: string } }[]) => items.map((i) => menuItemHref(i as never));

describe('content/navigation.yaml', () => {
  it('holds the default menus in the sample: the menus the site had before they became content', () => {
    expect(readFileSync(NAVIGATION, 'utf8')).toBe(serializeNavigation(DEFAULT_NAVIGATION));
    expect(hrefs(DEFAULT_NAVIGATION.header)).toEqual(['/praktijkvoorbeelden/', '/experts/', '/verslagen/', '/agenda/', '/themas/', '/regios/', '/zoeken/']);
    expect(hrefs(DEFAULT_NAVIGATION.footer)).toEqual(['/over/', '/achtergrond/', '/veelgestelde-vragen/', '/toegankelijkheid/', '/nieuwsbrief/', '/rss.xml']);
  });

  it('is optional: without it the default menus are used, without a warning', () => {
    const dir = copyOfSampleContent();
    rmSync(path.join(dir, 'navigation.yaml'));
    const check = checkContent(dir);
    expect(check.violations.map(formatViolation)).toEqual([]);
    expect(check.warnings.map(formatViolation)).toEqual([]);
    expect(check.navigation).toEqual(DEFAULT_NAVIGATION);
  });

  it('leaves out an item whose document does not exist, with a warning and no violation', () => {
    const dir = copyOfSampleContent();
    rmSync(path.join(dir, 'pages', 'over.mdx'));
    const check = checkContent(dir);
    expect(check.violations.map(formatViolation)).toEqual([]);
    expect(check.warnings.map(formatViolation)).toEqual([
      `${dir}/navigation.yaml: footer.0: "Over Schoolnabij" links to pages/over, which does not exist; left out of the menu`,
    ]);
    expect(hrefs(check.navigation.footer)).toEqual(['/achtergrond/', '/veelgestelde-vragen/', '/toegankelijkheid/', '/nieuwsbrief/', '/rss.xml']);
    expect(check.navigation.header).toEqual(DEFAULT_NAVIGATION.header);
  });

  it('leaves out the default menus’ missing pages in a tree with a single page, saying they are the default', () => {
    const dir = copyOfSampleContent();
    rmSync(path.join(dir, 'navigation.yaml'));
    for (const collection of ['practice-examples', 'expert-pieces', 'conference-reports', 'events', 'pages']) {
      for (const name of readdirSync(path.join(dir, collection))) if (!(collection === 'pages' && name === 'over.mdx')) rmSync(path.join(dir, collection, name));
    }
    const check = checkContent(dir);
    expect(check.violations.map(formatViolation)).toEqual([]);
    expect(check.warnings.map((w) => w.field)).toEqual(['footer.1', 'footer.2', 'footer.3']);
    expect(check.warnings[0]!.message).toBe(
      '"Achtergrond" links to pages/achtergrond, which does not exist; left out of the menu (a default menu item: content/navigation.yaml chooses the menus)',
    );
    expect(hrefs(check.navigation.footer)).toEqual(['/over/', '/nieuwsbrief/', '/rss.xml']);
  });

  const broken: [string, (menus: any) => void, string[]][] = [
    ['an item with both a document and a route', (m) => (m.footer[0].route = '/zoeken/'), ['footer.0: expected either document or route (exactly one of them)']],
    ['an item with neither', (m) => delete m.header[0].route, ['header.0: expected either document or route (exactly one of them)']],
    ['a route the site does not build', (m) => (m.header[0].route = '/elders/'), ['header.0.route: "/elders/" is not a route of the site; expected one of /, /praktijkvoorbeelden/, /experts/, /verslagen/, /agenda/, /themas/, /regios/, /zoeken/, /nieuwsbrief/, /rss.xml']],
    ['a collection that does not exist', (m) => (m.footer[0].document.collection = 'nieuws'), ['footer.0.document.collection: "nieuws" is not a collection; expected one of practice-examples, expert-pieces, conference-reports, events, pages']],
    ['an empty label', (m) => (m.header[1].label = ' '), ['header.1.label: must not be empty (spaces and line breaks alone do not count)']],
    ['an unknown key', (m) => (m.sidebar = []), ['sidebar: is not a field of the contract (check the spelling, or declare it in contract/collections/)']],
  ];
  it.each(broken)('refuses %s as a violation naming the field', (_, breakIt, expected) => {
    const dir = copyOfSampleContent();
    const file = path.join(dir, 'navigation.yaml');
    const menus = yaml.load(readFileSync(file, 'utf8')) as any;
    breakIt(menus);
    writeFileSync(file, yaml.dump(menus));
    expect(checkContent(dir).violations.map(formatViolation)).toEqual(expected.map((line) => `${file}: ${line}`));
  });

  it('refuses a file that is not YAML, naming the line', () => {
    const dir = copyOfSampleContent();
    edit(path.join(dir, 'navigation.yaml'), '  - label: Zoeken\n', '  - label: Zoeken: nu\n');
    expect(checkContent(dir).violations.map(formatViolation)).toEqual([`${dir}/navigation.yaml: line 14: bad indentation of a mapping entry`]);
  });
});
