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
    // Inline code stays code, and a backslash escape (\{, \<, \\) stands for the character itself.
    const prose = text.replace(/`[^`]*`/g, '').replace(/\\./g, '');
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
