/**
 * Editor text in MDX: whatever an editor types must reach the page as text, never as code.
 * MDX runs `{…}` expressions, `<…>` tags and `import`/`export` lines at build time, so the
 * exporter escapes them and the importer reverses it exactly. Escapes are CommonMark's own
 * (backslash before punctuation), plus character references for a leading import/export.
 */

const SPECIAL = /[\\{}<>&]/g;
const LEADING_ESM = /^(\s*)(import|export)(?=\s)/gm;
const REFERENCE: Record<string, string> = { import: '&#105;mport', export: '&#101;xport' };

export function escapeMdxText(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(LEADING_ESM, (_, space: string, word: string) => `${space}${REFERENCE[word]}`);
}

export function unescapeMdxText(text: string): string {
  return text
    .replace(/^(\s*)&#105;mport(?=\s)/gm, '$1import')
    .replace(/^(\s*)&#101;xport(?=\s)/gm, '$1export')
    .replace(/\\([\\{}<>&])/g, '$1');
}

/** A JSX attribute value in double quotes: only " and & need a character reference there. */
export function escapeJsxAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export function unescapeJsxAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/*
 * Payload's Lexical → Markdown converter adds escapes of its own (a backslash becomes two), so
 * escapes made in a text node before converting would be escaped again. Body text therefore
 * carries each escape as one private-use character through the converter, restored afterwards.
 */
const TOKENS = ['\\\\', '\\{', '\\}', '\\<', '\\>', '\\&', '&#105;', '&#101;'];
const PLACEHOLDERS = TOKENS.map((_, i) => String.fromCharCode(0xe000 + i));
const TOKEN_PATTERN = /\\[\\{}<>&]|&#10[15];/g;
const PLACEHOLDER_PATTERN = /[\ue000-\ue007]/g;

/** escapeMdxText, with every escape as a placeholder that survives the Markdown converter. */
export function protectMdxText(text: string): string {
  return escapeMdxText(text.replace(PLACEHOLDER_PATTERN, '')).replace(TOKEN_PATTERN, (token) => PLACEHOLDERS[TOKENS.indexOf(token)]!);
}

/** Puts the escapes back into the converter's Markdown. */
export function restoreMdxEscapes(markdown: string): string {
  return markdown.replace(PLACEHOLDER_PATTERN, (c) => TOKENS[c.charCodeAt(0) - 0xe000]!);
}
