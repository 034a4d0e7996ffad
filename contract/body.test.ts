import { describe, expect, it } from 'vitest';
import { checkBody } from './body.ts';

describe('the body rule', () => {
  it('accepts Markdown, the named components, and anything inside code', () => {
    const body = [
      '## Aanpak',
      '',
      'Een **vaste** jeugdhulpverlener, zie [de site](https://www.voorbeeld.nl/), [over ons](/over/), [mail](mailto:info@voorbeeld.nl) of [bel](tel:+31201234567).',
      '',
      '<Callout title="Tip">Begin klein.</Callout>',
      '',
      '<Figure src="media/a.jpg" alt="Een school" />',
      '',
      'Schrijf `{ x }` of `<script>` gerust als code, of escaped: \\{ x \\} en \\<script\\>, of als &lt;script&gt;.',
      '',
      '```js',
      'import fs from "node:fs";',
      'export const x = { a: 1 };',
      '```',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  it('refuses what MDX would run or cannot render, naming the line', () => {
    const body = ['Tekst.', '', 'import fs from "node:fs"', '', '{process.exit(1)}', '', '<script>alert(1)</script>', '', 'export default 1'].join('\n');
    expect(checkBody(body)).toEqual([
      { line: 3, message: '"import" statements are not allowed in a body (write the text in other words, or put it in `code`)' },
      { line: 5, message: 'curly braces are MDX expressions; write \\{ and \\} for the characters themselves' },
      { line: 7, message: '<script> is not allowed; use Markdown or one of <Callout>, <Figure>' },
      { line: 9, message: '"export" statements are not allowed in a body (write the text in other words, or put it in `code`)' },
    ]);
  });

  it('names the line of a body MDX cannot read, with the parser\'s reason', () => {
    expect(checkBody('Tekst.\n\n<img src=x onerror="alert(1)">')).toEqual([
      { line: 3, message: 'cannot be read as MDX: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)' },
    ]);
  });
});

describe('the body rule reads the body as Astro does, escapes, code and comments included', () => {
  const refused: [string, string, RegExp][] = [
    ['an escaped backtick opens no code span', '\\`<script>alert(document.domain)</script>`', /^<script> is not allowed/],
    ['an escaped backslash escapes nothing after it', '\\\\<script>alert(1)</script>', /^<script> is not allowed/],
    ['two backticks without two to close them are text', '``<script>` alert(1)', /^cannot be read as MDX: Expected a closing tag for `<script>`/],
    ['a Callout that is never closed', 'Tekst.\n\n<Callout title="Let op">\nEerste regel.\n', /^cannot be read as MDX: Expected a closing tag for `<Callout>`/],
    ['a backtick without a partner is text', 'Een ` losse backtick {process.exit(1)}', /^curly braces are MDX expressions/],
    ['an unclosed fence ends at the end of the body, but only from where it opens', '<script>alert(1)</script>\n\n```\ncode', /^<script> is not allowed/],
    ['a fence whose info string holds a backtick is no fence', '``` a`b\n\n<script>alert(document.domain)</script>', /^<script> is not allowed/],
    ['an HTML comment is no comment in MDX', 'Tekst <!-- <script>alert(1)</script> -->', /^cannot be read as MDX: Unexpected character `!`/],
    ['a lower-case tag is HTML, which MDX does not pass through', '<details open>Meer</details>', /^<details> is not allowed/],
    ['a fragment', '<>x</>', /^<> is not allowed/],
    ['a component with an attribute it does not take', '<Callout title="Tip" onclick="alert(1)">x</Callout>', /^<Callout onclick> is not an attribute of <Callout>; it takes title$/],
    ['a component with an expression for a value', '<Callout title={globalThis.x}>x</Callout>', /^curly braces are MDX expressions/],
    ['a component with spread attributes', '<Callout {...props}>x</Callout>', /^curly braces are MDX expressions/],
    ['a Figure whose src leaves content/media/', '<Figure src="media/../../etc/passwd" alt="x" />', /^<Figure src>: expected a path under content\/media\//],
  ];
  it.each(refused)('refuses the body when %s', (_name, body, message) => {
    expect(checkBody(body)).toEqual([{ line: expect.any(Number), message: expect.stringMatching(message) }]);
  });

  const accepted: [string, string][] = [
    ['inside a code span of two backticks holding one', '``een ` en <script>{x}</script>``'],
    ['after an escaped backtick, inside a real code span', '\\` en `<script>{x}</script>`'],
    ['escaped braces and angle brackets', 'Schrijf \\{naam\\} en \\<en 8\\>.'],
    ['as character references, which are text', 'Schrijf &lt;script&gt; en &#123;x&#125;.'],
    ['inside a fenced code block', '```html\n<script>alert(1)</script>\n```'],
    ['an import line inside a paragraph, which is text', 'Tekst.\nimport fs from "node:fs"'],
  ];
  it.each(accepted)('accepts a tag or expression %s', (_name, body) => {
    expect(checkBody(body)).toEqual([]);
  });
});

describe('link and image targets of a body', () => {
  const HINT = 'use an http(s), mailto: or tel: address, or a path on the site such as /over/';
  const refused: [string, string][] = [
    ['[Lees het verslag](javascript:alert(document.domain))', `link "javascript:alert(document.domain)" uses javascript:, which the site does not link to; ${HINT}`],
    ['[x](JavaScript:alert(1))', `link "JavaScript:alert(1)" uses javascript:, which the site does not link to; ${HINT}`],
    ['[x](java&#9;script:alert(1))', `link "java\tscript:alert(1)" uses javascript:, which the site does not link to; ${HINT}`],
    ['[x](data:text/html,<script>alert(1)</script>)', `link "data:text/html,<script>alert(1)</script>" uses data:, which the site does not link to; ${HINT}`],
    ['[x](vbscript:msgbox)', `link "vbscript:msgbox" uses vbscript:, which the site does not link to; ${HINT}`],
    ['[x](file:///etc/passwd)', `link "file:///etc/passwd" uses file:, which the site does not link to; ${HINT}`],
    ['[x](//evil.example/)', `link "//evil.example/" points at the host "evil.example" without saying how (a protocol-relative address); ${HINT}`],
    ['[x](/\\evil.example/)', `link "/\\evil.example/" points at the host "evil.example" without saying how (a protocol-relative address); ${HINT}`],
    ['[x][a]\n\n[a]: javascript:alert(1)', `link "javascript:alert(1)" uses javascript:, which the site does not link to; ${HINT}`],
    ['![x](javascript:alert(1))', 'image "javascript:alert(1)" uses javascript:, which the site does not link to; use an https address, or a file of content/media/ (../media/<file>)'],
    ['![x](../../../etc/passwd)', 'image "../../../etc/passwd" is outside content/media/; use an https address, or a file of content/media/ (../media/<file>)'],
    ['![x][a]\n\n[a]: ../../etc/passwd', 'image "../../etc/passwd" is outside content/media/; use an https address, or a file of content/media/ (../media/<file>)'],
  ];
  it.each(refused)('refuses %j', (body, message) => {
    expect(checkBody(body)).toEqual([{ line: expect.any(Number), message }]);
  });

  it.each([
    '[x](https://www.voorbeeld.nl/a?b=c#d)', '[x](http://voorbeeld.nl)', '[x](mailto:info@voorbeeld.nl)', '[x](tel:+31201234567)',
    '[x](/praktijkvoorbeelden/dronten/)', '[x](#aanpak)', '[x](../over/)', 'Zie www.voorbeeld.nl of info@voorbeeld.nl.', '![x](../media/a.jpg)', '![x](https://www.voorbeeld.nl/a.jpg)',
  ])('accepts %j', (body) => {
    expect(checkBody(body)).toEqual([]);
  });
});
