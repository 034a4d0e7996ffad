/**
 * The body rule of the contract: Markdown plus the named MDX components, nothing that runs.
 * MDX would execute `import`/`export` lines and `{…}` expressions at build time, and any other
 * JSX tag would need code the contract does not ship; all are refused outside code.
 */

/** The components a body may use, without import; the site maps each to its own component. */
export const BODY_COMPONENTS = ['Callout', 'Figure'] as const;

export interface BodyProblem {
  line: number;
  message: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** CommonMark's escapes: a backslash before ASCII punctuation stands for that character. */
const ESCAPE = /^\\[!-/:-@[-`{-~]/;
const BACKTICKS = /^`+/;

/**
 * The text of a line that MDX reads as Markdown and JSX: without escaped characters and without
 * code spans. Read left to right as CommonMark does, so an escaped backtick (\`) opens no code
 * span, and a run of backticks opens one only when a run of the same length closes it.
 */
function proseOf(line: string): string {
  let prose = '';
  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    const escape = ESCAPE.exec(rest);
    if (escape) {
      i += escape[0].length;
      continue;
    }
    const ticks = BACKTICKS.exec(rest)?.[0];
    if (ticks) {
      const close = new RegExp(`(?<!\`)${ticks}(?!\`)`).exec(line.slice(i + ticks.length));
      if (close) i += ticks.length + close.index + ticks.length;
      else {
        prose += ticks;
        i += ticks.length;
      }
      continue;
    }
    prose += line[i];
    i++;
  }
  return prose;
}

export function checkBody(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    const opening = FENCE.exec(text)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    const prose = proseOf(text);
    if (/^(import|export)\s/.test(prose)) {
      problems.push({ line, message: `"${prose.split(/\s/)[0]}" statements are not allowed in a body (write the text in other words, or put it in \`code\`)` });
    }
    if (/[{}]/.test(prose)) {
      problems.push({ line, message: 'curly braces are MDX expressions; write \\{ and \\} for the characters themselves' });
    }
    for (const [, name] of prose.matchAll(/<([A-Za-z][\w.-]*)/g)) {
      if (!(BODY_COMPONENTS as readonly string[]).includes(name!)) {
        problems.push({ line, message: `<${name}> is not allowed; use Markdown or one of ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}` });
      }
    }
  });
  return problems;
}
