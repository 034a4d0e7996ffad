/**
 * Editor text in MDX: whatever an editor types must reach the page as text, never as code.
 * MDX runs `{…}` expressions, `<…>` tags and `import`/`export` lines at build time, so the
 * exporter escapes them and the importer reverses it exactly. Escapes are CommonMark's own
 * (backslash before punctuation), plus character references where a backslash is not enough:
 * for a leading import/export, and for `<`, since Payload's importer reads `\</Callout>` in a
 * Callout's text as its end.
 */

const ESCAPES: Record<string, string> = { '\\': '\\\\', '{': '\\{', '}': '\\}', '<': '&lt;', '>': '\\>', '&': '\\&' };
const LEADING_ESM = /^(\s*)(?:import|export)(?=\s)/gm;
const INITIAL_REFERENCE: Record<string, string> = { i: '&#105;', e: '&#101;' };
/** What the escapes stand for; `\<` too, which files written by hand may use. */
const ESCAPED = /\\([\\{}<>&])|&(lt|#105|#101);/g;
const REFERENCED: Record<string, string> = { lt: '<', '#105': 'i', '#101': 'e' };

export function escapeMdxText(text: string): string {
  return escapeMdxRun([text])[0]!;
}

/**
 * Escapes pieces that MDX reads as one text: the text nodes side by side in a paragraph. Only
 * joined do "im" and "port x" start a line with import, so that rule looks at the joined text
 * and escapes the initial in whichever piece holds it.
 */
export function escapeMdxRun(pieces: string[]): string[] {
  const initials = new Set([...pieces.join('').matchAll(LEADING_ESM)].map((m) => m.index + m[1]!.length));
  let offset = 0;
  return pieces.map((piece) => {
    let escaped = '';
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      escaped += initials.has(offset + i) ? INITIAL_REFERENCE[c] : (ESCAPES[c] ?? c);
    }
    offset += piece.length;
    return escaped;
  });
}

/** Reverses escapeMdxText, in one pass: an escaped backslash is never read as the start of another escape. */
export function unescapeMdxText(text: string): string {
  return text.replace(ESCAPED, (_, char: string | undefined, reference: string | undefined) => char ?? REFERENCED[reference!]!);
}

/*
 * A JSX attribute value in double quotes. MDX decodes character references there, and needs
 * one for `"`. The rest keep the line readable as the contract's body rule reads it (braces and
 * `<` would be code, a line break would start a line of prose) and as Payload's importer reads
 * it (a backslash before the closing quote would escape it).
 */
const ATTRIBUTE_REFERENCES: Record<string, string> = {
  '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;', '\\': '&#92;', '\n': '&#10;', '\r': '&#13;',
};
const NAMED_REFERENCES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

export function escapeJsxAttribute(value: string): string {
  return value.replace(/[&"<>{}\\\n\r]/g, (c) => ATTRIBUTE_REFERENCES[c]!);
}

/** Decodes what escapeJsxAttribute writes, and any numeric reference a hand-written file may use, as MDX does. */
export function unescapeJsxAttribute(value: string): string {
  return value.replace(/&(?:(amp|quot|lt|gt|apos)|#(\d+)|#x([0-9a-f]+));/gi, (reference, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()]!;
    const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/*
 * Payload's Lexical → Markdown converter adds escapes of its own (a backslash becomes two), so
 * escapes made in a text node before converting would be escaped again. Body text therefore
 * carries each escape as one private-use character through the converter, restored afterwards.
 */
const TOKENS = ['\\\\', '\\{', '\\}', '&lt;', '\\>', '\\&', '&#105;', '&#101;'];
const PLACEHOLDERS = TOKENS.map((_, i) => String.fromCharCode(0xe000 + i));
const TOKEN_PATTERN = /\\[\\{}>&]|&lt;|&#10[15];/g;
const PLACEHOLDER_PATTERN = /[\ue000-\ue007]/g;

/** escapeMdxRun, with every escape as a placeholder that survives the Markdown converter. */
export function protectMdxRun(pieces: string[]): string[] {
  return escapeMdxRun(pieces.map((piece) => piece.replace(PLACEHOLDER_PATTERN, ''))).map((piece) =>
    piece.replace(TOKEN_PATTERN, (token) => PLACEHOLDERS[TOKENS.indexOf(token)]!),
  );
}

/** Puts the escapes back into the converter's Markdown. */
export function restoreMdxEscapes(markdown: string): string {
  return markdown.replace(PLACEHOLDER_PATTERN, (c) => TOKENS[c.charCodeAt(0) - 0xe000]!);
}
