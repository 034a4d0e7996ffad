/**
 * Markdown to the editor's Lexical state, failing loudly. Payload's convertMarkdownToLexical runs
 * Lexical's default error handler, which logs a failing transformer and leaves an empty body:
 * an import would then replace a whole article with nothing and report success. Here the error
 * is thrown, naming the part of the body that cannot be converted and its line.
 */
import { $convertFromMarkdownString, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical';
import { withEditor } from './headless-editor.ts';

/** `firstLine` is the file's line number of the body's first line, for the messages. */
export function convertMarkdownStrictly(editorConfig: SanitizedServerEditorConfig, markdown: string, firstLine = 1): unknown {
  const convert = (text: string) =>
    withEditor(editorConfig, (editor) => {
      editor.update(() => $convertFromMarkdownString(text, editorConfig.features.markdownTransformers), { discrete: true });
      return editor.getEditorState().toJSON();
    });
  const lines = markdown.split('\n');
  const fail = (part: Part, problem: string, cause?: unknown): never => {
    const what = part.component ? `the <${part.component}> that starts here` : `"${lines[part.start]!.slice(0, 60)}"`;
    throw new Error(`line ${firstLine + part.start}: ${what} cannot be converted into the editor's form${problem}`, { cause });
  };

  const body = parts(lines);
  for (const part of body) {
    const name = part.component;
    if (!name) continue;
    if (part.unclosed) fail(part, `: its closing </${name}> is missing`);
    // Payload's importer ends a component at the first closing tag anywhere in a line, escaped
    // or not, and the rest of its text becomes a paragraph or breaks the conversion.
    const early = lines.slice(part.start + 1, part.end - 1).findIndex((line) => line.toLowerCase().includes(`</${name.toLowerCase()}`));
    if (early !== -1) {
      fail(part, `: its text has "</${name}" on line ${firstLine + part.start + 1 + early}, which ends it there; write "&lt;" for a "<" that is text`);
    }
  }
  try {
    return convert(markdown);
  } catch (error) {
    const reason = ` (${(error as Error).message.split('\n')[0]})`;
    // Each part on its own, to name the one that fails; an error there is the answer, not a problem.
    const failing = body.find((part) => {
      try {
        convert(lines.slice(part.start, part.end).join('\n'));
        return false;
      } catch {
        return true;
      }
    });
    if (failing) fail(failing, reason, error);
    throw new Error(`cannot be converted into the editor's form${reason}`, { cause: error });
  }
}

interface Part {
  start: number;
  /** One past the last line. */
  end: number;
  /** The component the part is, such as "Callout", when it starts with one. */
  component?: string;
  /** The component has no closing tag. */
  unclosed?: boolean;
}

/** The body's top-level parts: paragraphs and components, a component's blank lines included. */
function parts(lines: string[]): Part[] {
  const found: Part[] = [];
  let current: Part | undefined;
  let open: string | undefined;
  lines.forEach((line, index) => {
    if (!open && line.trim() === '') {
      current = undefined;
      return;
    }
    const opening = /^<([A-Z][\w.]*)/.exec(line)?.[1];
    if (!current) found.push((current = { start: index, end: index, ...(opening ? { component: opening } : {}) }));
    current.end = index + 1;
    // Only a tag closed on its own line opens a component here; a tag over several lines is left to Payload.
    if (!open && opening && !line.includes(`</${opening}`) && /[^/]>\s*$/.test(line)) open = opening;
    else if (open && new RegExp(`^\\s*</${open}\\s*>`).test(line)) open = undefined;
  });
  if (open) found.at(-1)!.unclosed = true;
  return found;
}
