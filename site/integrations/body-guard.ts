/**
 * The body rule inside Astro's Markdown and MDX pipelines: the tree Sätteri is about to render is
 * refused when the contract's rule finds anything in it (raw HTML, an unknown tag, an expression,
 * a link to javascript:…). The contract's check of content/ runs first and names the line; this is
 * the guard for whatever reaches the renderer without it (a file changed under `astro dev`, a
 * pipeline another step feeds), so that no raw HTML and no unsafe link ever becomes a page.
 */
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { MdastPluginDefinition } from 'satteri';
import { CHECKED_NODE_TYPES, displayPath, nodeProblems, type BodyNode } from '../../contract/index.ts';

const refuse = (node: BodyNode, context: { fileURL: URL | undefined }): undefined => {
  const problems = nodeProblems(node);
  if (problems.length === 0) return undefined;
  const file = context.fileURL ? displayPath(fileURLToPath(context.fileURL)) : 'a Markdown body';
  throw new Error(`${file}: body: ${problems.join('; ')} (npm run check:content names the line)`);
};

const bodyGuard: MdastPluginDefinition = {
  name: 'schoolnabij:body-guard',
  ...Object.fromEntries(CHECKED_NODE_TYPES.map((type) => [type, refuse])),
};

/** Astro's Markdown processor (MDX inherits it) with the body guard in front of its own plugins. */
export function guardedMarkdown() {
  return satteri({ mdastPlugins: [bodyGuard] });
}
