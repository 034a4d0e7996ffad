import { describe, expect, it } from 'vitest';
import { checkBody } from './body.ts';

describe('the body rule', () => {
  it('accepts Markdown, the named components, and anything inside code', () => {
    const body = [
      '## Aanpak',
      '',
      'Een **vaste** jeugdhulpverlener, zie [de site](https://www.voorbeeld.nl/).',
      '',
      '<Callout title="Tip">Begin klein.</Callout>',
      '',
      '<Figure src="media/a.jpg" alt="Een school" />',
      '',
      'Schrijf `{ x }` of `<script>` gerust als code, of escaped: \\{ x \\} en \\<script\\>.',
      '',
      '```js',
      'import fs from "node:fs";',
      'export const x = { a: 1 };',
      '```',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  it('refuses what MDX would run or cannot render, naming the line', () => {
    const body = ['Tekst.', 'import fs from "node:fs"', '{process.exit(1)}', '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'export default 1'].join('\n');
    expect(checkBody(body)).toEqual([
      { line: 2, message: expect.stringContaining('"import" statements are not allowed') },
      { line: 3, message: expect.stringContaining('curly braces are MDX expressions') },
      { line: 4, message: expect.stringContaining('<script> is not allowed') },
      { line: 5, message: expect.stringContaining('<img> is not allowed') },
      { line: 6, message: expect.stringContaining('"export" statements are not allowed') },
    ]);
  });
});

describe('the body rule reads escapes and code spans as CommonMark does', () => {
  const refused: [string, string][] = [
    ['an escaped backtick opens no code span', '\\`<script>alert(1)</script>`'],
    ['an escaped backslash escapes nothing after it', '\\\\<script>alert(1)</script>'],
    ['two backticks without two to close them are text', '``<script>` alert(1)'],
    ['a backtick without a partner is text', 'Een ` losse backtick {process.exit(1)}'],
    ['an escaped backtick inside a would-be span', '`code\\` {process.exit(1)}`'],
  ];
  it.each(refused)('refuses a tag or expression when %s', (_name, line) => {
    expect(checkBody(line)).toEqual([{ line: 1, message: expect.stringMatching(/^(<script> is not allowed|curly braces are MDX expressions)/) }]);
  });

  const accepted: [string, string][] = [
    ['inside a code span of two backticks holding one', '``een ` en <script>{x}</script>``'],
    ['after an escaped backtick, inside a real code span', '\\` en `<script>{x}</script>`'],
    ['escaped braces and angle brackets', 'Schrijf \\{naam\\} en \\<en 8\\>.'],
  ];
  it.each(accepted)('accepts a tag or expression %s', (_name, line) => {
    expect(checkBody(line)).toEqual([]);
  });
});
