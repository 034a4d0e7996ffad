import { describe, expect, it } from 'vitest';
import { escapeJsxAttribute, escapeMdxText, protectMdxText, restoreMdxEscapes, unescapeJsxAttribute, unescapeMdxText } from './mdx-escape.ts';

const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const x = 1',
  '<img src=x onerror="alert(1)">',
  'Een \\{ backslash} & een &amp; entiteit',
  'tekst\nimport x from "y"',
];

describe('MDX escaping of editor text', () => {
  it.each(HOSTILE)('escapes and restores %j exactly', (text) => {
    const escaped = escapeMdxText(text);
    expect(escaped).not.toMatch(/(?<!\\)[{}<]/);
    expect(escaped).not.toMatch(/^\s*(import|export)\s/m);
    expect(unescapeMdxText(escaped)).toBe(text);
  });

  it.each(HOSTILE)('carries the escapes of %j through a converter as placeholders', (text) => {
    const protectedText = protectMdxText(text);
    expect(protectedText).not.toMatch(/[\\{}<>&]/);
    expect(restoreMdxEscapes(protectedText)).toBe(escapeMdxText(text));
  });

  it('leaves ordinary Dutch text alone', () => {
    expect(escapeMdxText('Goed is goed genoeg: één taal, geen wachtlijst.')).toBe('Goed is goed genoeg: één taal, geen wachtlijst.');
  });

  it('round-trips attribute values with quotes and ampersands', () => {
    const value = 'Zeg "ja" & doe het';
    expect(escapeJsxAttribute(value)).toBe('Zeg &quot;ja&quot; &amp; doe het');
    expect(unescapeJsxAttribute(escapeJsxAttribute(value))).toBe(value);
  });
});
