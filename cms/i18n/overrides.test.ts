/**
 * Our Dutch corrections must fix existing strings: every key exists in Payload's or Lexical's own
 * nl translations (a typo would silently add a string nobody reads), and none says "je".
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nl } from '@payloadcms/translations/languages/nl';
import { describe, expect, it } from 'vitest';
import { lexicalNl } from './lexical-nl.ts';
import { nlTranslations } from './nl.ts';
import { payloadNl } from './payload-nl.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

/** Lexical's nl: `general` from its root i18n.js, each feature's under its folder's i18n.js, keyed as the editor keys them. */
async function lexicalOwnNl(): Promise<Map<string, string>> {
  const root = path.join(process.cwd(), 'node_modules/@payloadcms/richtext-lexical/dist');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'i18n.js') files.push(full);
    }
  };
  walk(root);
  const found = new Map<string, string>();
  for (const file of files) {
    const { i18n } = (await import(pathToFileURL(file).href)) as { i18n?: Record<string, Tree> };
    if (!i18n?.nl) continue;
    const relative = path.relative(root, path.dirname(file)).split(path.sep);
    // features/<key>/server/i18n.js, features/lists/<key>/server/i18n.js, features/<key>/i18n.js, or the root.
    const feature = relative.length === 0 || relative[0] === '' ? 'general' : relative.filter((p) => p !== 'features' && p !== 'server' && p !== 'lists').at(-1)!;
    for (const [k, v] of leaves(i18n.nl, `${feature}.`)) found.set(k, v);
  }
  return found;
}

describe('Dutch translation overrides', () => {
  it('only replace keys Payload has in its nl translations', () => {
    const own = leaves(nl.translations as unknown as Tree);
    const unknown = [...leaves(payloadNl as unknown as Tree).keys()].filter((key) => !own.has(key));
    expect(unknown).toEqual([]);
  });

  it('only replace keys Lexical has in its nl translations', async () => {
    const own = await lexicalOwnNl();
    expect(own.has('general.placeholder')).toBe(true);
    const unknown = [...leaves(lexicalNl as unknown as Tree).keys()].filter((key) => !own.has(key));
    expect(unknown).toEqual([]);
  });

  it('address the editor as "u", never "je", "jouw" or "jij"', () => {
    const informal = [...leaves(nlTranslations as unknown as Tree)].filter(([, text]) => /\b(je|jouw|jij|jezelf)\b/i.test(text));
    expect(informal).toEqual([]);
  });

  it('leave no "je" in the Dutch the admin shows (Payload\'s own with ours over it)', () => {
    const shown = leaves(nl.translations as unknown as Tree);
    for (const [key, value] of leaves(payloadNl as unknown as Tree)) shown.set(key, value);
    const informal = [...shown].filter(([, text]) => /\b(je|jouw|jij|jezelf)\b/i.test(text)).map(([key]) => key);
    expect(informal).toEqual([]);
  });
});
