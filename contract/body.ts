/**
 * The body rule of the contract: Markdown plus the named MDX components, nothing that runs and
 * nothing that leaves the site. MDX would execute `import`/`export` lines and `{…}` expressions at
 * build time, any other JSX tag would need code the contract does not ship, and a link may only
 * go to a web, e-mail or phone address or a path on the site (body-tree.ts).
 *
 * The body is read by Sätteri, the parser Astro renders it with, never by patterns of our own:
 * escapes, code spans, fences and character references mean here exactly what they mean on the page.
 */
import { mdxToMdast } from 'satteri';
import { bodyTreeProblems, type BodyNode, type BodyProblem } from './body-tree.ts';

export { BODY_COMPONENTS, type BodyProblem } from './body-tree.ts';

/**
 * The parser's options as Astro's MDX pipeline sets them. The body comes without its
 * frontmatter, so a leading `---` is Markdown here as it is in Astro.
 */
export const BODY_FEATURES = { gfm: true, frontmatter: false } as const;

/** Sätteri's parse error: "3:7: Unexpected character …" with a code; line and reason. */
function parseProblem(error: Error): BodyProblem {
  const [, line, reason] = /^(\d+):\d+:\s*([\s\S]*)$/.exec(error.message) ?? [undefined, '1', error.message];
  return { line: Number(line), message: `cannot be read as MDX: ${reason!.split('\n')[0]}` };
}

export function checkBody(body: string): BodyProblem[] {
  let tree: BodyNode;
  try {
    tree = mdxToMdast(body, { features: BODY_FEATURES }) as BodyNode;
  } catch (error) {
    return [parseProblem(error as Error)];
  }
  return bodyTreeProblems(tree);
}
