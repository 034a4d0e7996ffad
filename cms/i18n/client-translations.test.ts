/**
 * patches/@payloadcms+translations+3.90.2.patch: which translations the admin's client receives
 * is looked up in the client keys grouped once, instead of comparing every translation with every
 * key (about 300 ms of each first admin render, twice, in production). The patched filter must
 * keep exactly what Payload's own kept: compared here with Payload 3.90's algorithm, on the
 * translations of the built config (Payload's Dutch with ours and Lexical's).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../config.ts';

type Tree = { [key: string]: string | Tree };

const dist = (file: string) => pathToFileURL(path.resolve('node_modules/@payloadcms/translations/dist', file)).href;

/** Payload 3.90's filterKeys, as it was before the patch. */
function payloadFilterKeys(obj: Tree, parentGroupKey: string, keys: readonly string[]): Tree {
  const result: Tree = {};
  for (const [namespaceKey, value] of Object.entries(obj)) {
    if (namespaceKey === '$schema') {
      result[namespaceKey] = value;
      continue;
    }
    if (typeof value === 'object') {
      const filtered = payloadFilterKeys(value, namespaceKey, keys);
      if (Object.keys(filtered).length > 0) result[namespaceKey] = filtered;
    } else {
      for (const key of keys) {
        const [groupKey, selector] = key.split(':');
        if (parentGroupKey !== groupKey) continue;
        if (namespaceKey === selector) result[selector] = value;
        else for (const plural of ['zero', 'one', 'two', 'few', 'many', 'other']) if (namespaceKey === `${selector}_${plural}`) result[namespaceKey] = value;
      }
    }
  }
  return result;
}

describe("the client's translations (patched filter)", () => {
  it("are exactly those Payload's own filter keeps, plural forms included", async () => {
    const { getTranslationsByContext } = (await import(dist('utilities/getTranslationsByContext.js'))) as {
      getTranslationsByContext: (language: { translations: Tree }, context: 'client' | 'api') => Tree;
    };
    const { clientTranslationKeys } = (await import(dist('clientKeys.js'))) as { clientTranslationKeys: string[] };
    const config = await buildCmsConfig({ DATABASE_URL: 'file::memory:', CMS_JOBS_AUTORUN: '0', PAYLOAD_SECRET: 'test-secret-for-config-only' });
    const nl = config.i18n.supportedLanguages.nl as unknown as { translations: Tree };
    const patched = getTranslationsByContext(nl, 'client');
    const expected = payloadFilterKeys(nl.translations, '', clientTranslationKeys);
    expect(patched).toEqual(expected);
    // Not vacuous: plural forms are among what the client gets.
    expect(JSON.stringify(expected)).toMatch(/_one"/);
    expect(Object.keys(expected).length).toBeGreaterThan(10);
  });
});
