/**
 * The guard in Astro's pipelines refuses what the body rule refuses, in the Markdown a body
 * without components is rendered as and in the MDX the others are compiled as, whatever came
 * before it: the same Sätteri tree it would otherwise render.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { guardedMarkdown } from './body-guard.ts';

const { mdastPlugins } = guardedMarkdown().options;
const fileURL = pathToFileURL('/site/content/practice-examples/proef.mdx');
// The guard's visitors are synchronous, so Sätteri answers synchronously too.
const asMarkdown = (source: string) => (markdownToHtml(source, { mdastPlugins, fileURL }) as { html: string }).html;
const asMdx = (source: string) => (mdxToJs(source, { mdastPlugins, fileURL }) as { code: string }).code;

describe('the body guard of the Markdown pipeline', () => {
  it.each([
    ['raw HTML', '<script>alert(document.domain)</script>', /body: raw HTML \("<script>alert\(document\.domain\)<\/script>"\) is not allowed/],
    ['an HTML comment', 'Tekst <!-- x -->', /body: raw HTML \("<!-- x -->"\) is not allowed/],
    ['a javascript: link', '[Lees het verslag](javascript:alert(document.domain))', /body: link "javascript:alert\(document\.domain\)" uses javascript:/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /body: image "data:image\/svg\+xml;base64,PHN2Zz4=" uses data:/],
    ['a protocol-relative link', '[x](//evil.example/)', /body: link "\/\/evil\.example\/" points at the host "evil\.example"/],
  ])('refuses %s, naming the file', (_name, source, message) => {
    expect(() => asMarkdown(source)).toThrow(new RegExp(`^/site/content/practice-examples/proef\\.mdx: ${message.source}`));
  });

  it('renders ordinary Markdown as before', () => {
    expect(asMarkdown('Zie [de site](https://www.voorbeeld.nl/) en [over](/over/).')).toContain('<a href="https://www.voorbeeld.nl/">de site</a>');
  });
});

describe('the body guard of the MDX pipeline', () => {
  it.each([
    ['a tag', '<script>alert(1)</script>', /body: <script> is not allowed/],
    ['an expression', 'a {globalThis.x}', /body: curly braces are MDX expressions/],
    ['an import', 'import fs from "node:fs"', /body: "import" statements are not allowed/],
    ['an unknown attribute on a component', '<Callout onclick="alert(1)">x</Callout>', /body: <Callout onclick> is not an attribute of <Callout>/],
    ['a javascript: link inside a Callout', '<Callout title="Tip">\n[Lees](javascript:alert(1))\n</Callout>', /body: link "javascript:alert\(1\)" uses javascript:/],
  ])('refuses %s', (_name, source, message) => {
    expect(() => asMdx(source)).toThrow(message);
  });

  it('compiles the components and Markdown of a valid body', () => {
    expect(asMdx('<Callout title="Tip">Begin [klein](/over/).</Callout>\n\n<Figure src="media/a.jpg" alt="x" />')).toMatch(/Callout[\s\S]*Figure/);
  });
});
