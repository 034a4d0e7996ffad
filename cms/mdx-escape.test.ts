import { describe, expect, it } from 'vitest';
import { escapeJsxAttribute, escapeMdxRun, escapeMdxText, protectMdxRun, restoreMdxEscapes, unescapeJsxAttribute, unescapeMdxText } from './mdx-escape.ts';

const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const x = 1',
  '<img src=x onerror="alert(1)">',
  'Een \\{ backslash} & een &amp; entiteit',
  'tekst\nimport x from "y"',
  '[Lees het verslag](javascript:alert(document.domain))',
  '# kop\n1. lijst\n- punt\n> citaat\n`code` *nadruk* _ook_ ~~weg~~ | tabel',
];

describe('MDX escaping of editor text', () => {
  it.each(HOSTILE)('escapes and restores %j exactly', (text) => {
    const escaped = escapeMdxText(text);
    expect(escaped).not.toMatch(/(?<!\\)[{}<]/);
    expect(escaped).not.toMatch(/^\s*(import|export)\s/m);
    expect(unescapeMdxText(escaped)).toBe(text);
  });

  it.each(HOSTILE)('carries the escapes of %j through a converter as placeholders', (text) => {
    const [protectedText] = protectMdxRun([text]);
    expect(protectedText).not.toMatch(/[\\{}<>&]/);
    expect(restoreMdxEscapes(protectedText!)).toBe(escapeMdxText(text));
  });

  it('leaves ordinary Dutch text alone', () => {
    expect(escapeMdxText('Goed is goed genoeg: één taal, geen wachtlijst.')).toBe('Goed is goed genoeg: één taal, geen wachtlijst.');
  });

  it('round-trips attribute values with quotes and ampersands', () => {
    const value = 'Zeg "ja" & doe het';
    expect(escapeJsxAttribute(value)).toBe('Zeg &quot;ja&quot; &amp; doe het');
    expect(unescapeJsxAttribute(escapeJsxAttribute(value))).toBe(value);
  });

  it.each(['Tip: {naam}', 'Groep 7 <en 8>', 'Eindigt op \\', 'Twee\nregels', 'Al &#123; en &amp; getypt'])(
    'writes the attribute value %j without braces, tags, line breaks or a closing backslash, and reads it back',
    (value) => {
      const escaped = escapeJsxAttribute(value);
      expect(escaped).not.toMatch(/[{}<>"\\\n]/);
      expect(unescapeJsxAttribute(escaped)).toBe(value);
    },
  );

  it('reads a numeric character reference in a hand-written attribute as MDX does', () => {
    expect(unescapeJsxAttribute('Tip: &#123;naam&#x7D;')).toBe('Tip: {naam}');
  });

  it('escapes a leading import that spans two pieces of one text, in the piece that holds its initial', () => {
    expect(escapeMdxRun(['im', 'port x from "y"'])).toEqual(['&#105;m', 'port x from "y"']);
    expect(escapeMdxRun(['Tekst\n', 'ex', 'port default 1'])).toEqual(['Tekst\n', '&#101;x', 'port default 1']);
    expect(escapeMdxRun(['Zo ', 'import', ' je het'])).toEqual(['Zo ', 'import', ' je het']);
    expect(escapeMdxRun(['im', 'port x']).map(unescapeMdxText)).toEqual(['im', 'port x']);
  });

  it('escapes Markdown: links, emphasis and code anywhere, headings and lists at the start of a line', () => {
    expect(escapeMdxText('[Lees](javascript:x) en [a] (b)')).toBe('\\[Lees\\]\\(javascript:x) en \\[a\\] (b)');
    expect(escapeMdxText('*a* _b_ `c` ~d~ e\\f | g')).toBe('&#42;a&#42; &#95;b&#95; &#96;c&#96; &#126;d&#126; e&#92;f \\| g');
    expect(escapeMdxText('# Kop\n2024. Jaar\n3) drie\n- min\n+ plus\n=== is\nC# en 1.5\n#tag\n09.30 uur\n+1')).toBe('\\# Kop\n2024\\. Jaar\n3\\) drie\n\\- min\n\\+ plus\n\\=== is\nC# en 1.5\n#tag\n09.30 uur\n+1');
  });

  it('reads what a hand-written file escapes as the page shows it', () => {
    expect(unescapeMdxText('\\* \\_ \\! \\[x\\] &#42; &#x2A; &amp; &quot;')).toBe('* _ ! [x] * * & "');
  });

  it('writes < as a character reference, so that Payload never reads a closing tag in text', () => {
    expect(escapeMdxText('</Callout>')).toBe('&lt;/Callout\\>');
    expect(unescapeMdxText('&lt;/Callout\\> en \\<b\\>')).toBe('</Callout> en <b>');
  });
});
