/**
 * Editor text in MDX: whatever an editor types must reach the page as text, never as code and
 * never as Markdown. MDX runs `{…}` expressions, `<…>` tags and `import`/`export` lines at build
 * time, and Markdown turns `[…](…)` into a link, `*…*` into emphasis, a leading `#` into a heading
 * or `1.` into a list; so the exporter escapes all of them and the importer reverses it exactly.
 * Escapes are CommonMark's own (backslash before punctuation), plus character references where a
 * backslash is not enough: for a leading import/export; for `<`, since Payload's importer reads
 * `\</Callout>` in a Callout's text as its end; for a backtick, since it reads "\`\`\`" as a code
 * fence that hides that end; and for the backslash and the characters Lexical's importer
 * unescapes itself (`*`, `_`, `~`), which it reads differently inside bold and italic text.
 */

/** Characters escaped wherever they stand. */
const ESCAPES: Record<string, string> = {
  '\\': '&#92;', '*': '&#42;', '_': '&#95;', '`': '&#96;', '~': '&#126;', '<': '&lt;',
  '{': '\\{', '}': '\\}', '>': '\\>', '&': '\\&', '[': '\\[', ']': '\\]', '|': '\\|',
};
const LEADING_ESM = /^(\s*)(?:import|export)(?=\s)/gm;
const INITIAL_REFERENCE: Record<string, string> = { i: '&#105;', e: '&#101;' };
/**
 * Characters that are Markdown only at the start of a line: a heading (#), a list item (-, +,
 * 1. or 1) before a space), a setext underline (=, -). The group that matched is the character
 * to escape; "#tag" and "09.30 uur" are text as they are.
 * LIST_LINE_START keeps a leading "- " as the list item it is, and escapes what follows it.
 */
const LINE_START = /^[ \t]*(?:(#)(?=#{0,5}(?:[ \t]|$))|(\+)(?=[ \t]|$)|([=-])|\d{1,9}([.)])(?=[ \t]|$))/gm;
const LIST_LINE_START = /^[ \t]*(?:-[ \t]+)?(?:(#)(?=#{0,5}(?:[ \t]|$))|(\+)(?=[ \t]|$)|(=|-(?![ \t]))|\d{1,9}([.)])(?=[ \t]|$))/gm;

export interface EscapeOptions {
  /**
   * Lines that start with "- " stay list items: a Callout's text is plain text in which such
   * lines are shown as a list. Everything else stays text.
   */
  listItems?: boolean;
}
/** Any CommonMark escape and character reference that escapeMdxRun writes, or a file may hold: what the page shows for it. */
const ESCAPED = /\\([!-/:-@[-`{-~])|&(?:(amp|quot|lt|gt|apos)|#(\d+)|#x([0-9a-f]+));/gi;

export function escapeMdxText(text: string, options: EscapeOptions = {}): string {
  return escapeMdxRun([text], options)[0]!;
}

/** Where in the joined text a character needs an escape that depends on what stands around it. */
function escapesInContext(joined: string, { listItems = false }: EscapeOptions): Map<number, string> {
  const at = new Map<number, string>();
  for (const m of joined.matchAll(LEADING_ESM)) {
    const i = m.index + m[1]!.length;
    at.set(i, INITIAL_REFERENCE[joined[i]!]!);
  }
  for (const m of joined.matchAll(listItems ? LIST_LINE_START : LINE_START)) {
    const char = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    at.set(m.index + m[0].length - 1, `\\${char}`);
  }
  // "](" is a link to Payload's importer even when the bracket is escaped.
  for (const m of joined.matchAll(/\](?=\()/g)) at.set(m.index + 1, '\\(');
  return at;
}

/**
 * Escapes pieces that MDX reads as one text: the text nodes side by side in a paragraph. Only
 * joined do "im" and "port x" start a line with import, so the rules that look at what stands
 * around a character look at the joined text, and escape the character in whichever piece holds it.
 */
export function escapeMdxRun(pieces: string[], options: EscapeOptions = {}): string[] {
  const inContext = escapesInContext(pieces.join(''), options);
  let offset = 0;
  return pieces.map((piece) => {
    let escaped = '';
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      escaped += inContext.get(offset + i) ?? ESCAPES[c] ?? c;
    }
    offset += piece.length;
    return escaped;
  });
}

/** Reverses escapeMdxText, in one pass: an escaped backslash is never read as the start of another escape. */
export function unescapeMdxText(text: string): string {
  return text.replace(ESCAPED, (reference, char: string | undefined, ...named: (string | undefined)[]) =>
    char ?? decodeReference(reference, named[0], named[1], named[2]));
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
  return value.replace(/&(?:(amp|quot|lt|gt|apos)|#(\d+)|#x([0-9a-f]+));/gi, decodeReference);
}

/** A character reference as MDX decodes it: named (the few we write), decimal or hexadecimal. */
function decodeReference(reference: string, name?: string, decimal?: string, hex?: string): string {
  if (name) return NAMED_REFERENCES[name.toLowerCase()]!;
  const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
}

/*
 * Payload's Lexical → Markdown converter adds escapes of its own (a backslash becomes two), so
 * escapes made in a text node before converting would be escaped again. Body text therefore
 * carries each escape as one private-use character through the converter, restored afterwards.
 */
const TOKENS = [...new Set([...Object.values(ESCAPES), ...Object.values(INITIAL_REFERENCE), ...'#+=-.)('.split('').map((c) => `\\${c}`)])];
const PLACEHOLDERS = TOKENS.map((_, i) => String.fromCharCode(0xe000 + i));
const TOKEN_PATTERN = new RegExp(TOKENS.map((t) => t.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')).join('|'), 'g');
const PLACEHOLDER_PATTERN = new RegExp(`[${PLACEHOLDERS[0]}-${PLACEHOLDERS.at(-1)}]`, 'g');

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
