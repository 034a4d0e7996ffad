import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from './inline-hashes.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineHashes', () => {
  it('hashes the raw text of inline scripts and styles, entities and all, and decoded style attributes', () => {
    const script = "\n  if (1 &amp;&amp; 'é' < 2) document.title = 'ok';\n";
    const style = 'p { color: red } /* &gt; */';
    const html = `<html><head><script>${script}</script><style>${style}</style></head><body><p style="color: &quot;red&quot;">x</p></body></html>`;
    expect(inlineHashes(html)).toEqual({ scripts: [sha(script)], styles: [sha(style)], styleAttributes: [sha('color: "red"')] });
  });

  it('skips scripts loaded from a file and data blocks, which are not run inline', () => {
    const html = '<script type="module" src="/_astro/a.js"></script><script type="application/json" id="c">{"a":1}</script><script type="application/ld+json">{}</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [], styleAttributes: [] });
  });

  it('hashes module scripts and import maps, each text once', () => {
    const html = '<script type="module">a()</script><script type="module">a()</script><script type="importmap">{"imports":{}}</script>';
    expect(inlineHashes(html).scripts).toEqual([sha('a()'), sha('{"imports":{}}')]);
  });
});
