/**
 * The body rule on a parsed body (an mdast tree as Sätteri, Astro's Markdown and MDX parser, makes
 * it): what may reach a page. Used by the contract's check of content/ (body.ts) and by the
 * site's Markdown and MDX pipelines, which refuse the same tree they would render.
 */
import { mediaPath } from './values.ts';
import { imageTargetProblem, linkTargetProblem } from './link-target.ts';

/** The components a body may use, without import, and the attributes each takes; the site maps each to its own component. */
export const BODY_COMPONENTS = { Callout: ['title'], Figure: ['src', 'alt', 'caption'] } as const satisfies Record<string, readonly string[]>;
type Component = keyof typeof BODY_COMPONENTS;
const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS) as Component[];

export interface BodyProblem {
  /** Line in the body, from 1. */
  line: number;
  message: string;
}

/** The parts of an mdast node this rule reads. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
  position?: { start: { line: number } };
}

const BRACES = 'curly braces are MDX expressions; write \\{ and \\} for the characters themselves';
const isComponent = (name: string | null | undefined): name is Component => (COMPONENT_NAMES as (string | null | undefined)[]).includes(name);

function componentProblems(node: BodyNode): string[] {
  const name = node.name;
  if (!isComponent(name)) {
    return [`<${name ?? ''}> is not allowed; use Markdown or one of ${COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')}`];
  }
  const allowed: readonly string[] = BODY_COMPONENTS[name];
  return (node.attributes ?? []).flatMap((attribute): string[] => {
    if (attribute.type !== 'mdxJsxAttribute') return [BRACES];
    if (!allowed.includes(attribute.name!)) return [`<${name} ${attribute.name}> is not an attribute of <${name}>; it takes ${allowed.join(', ')}`];
    if (attribute.value && typeof attribute.value === 'object') return [BRACES];
    if (name === 'Figure' && attribute.name === 'src') {
      const src = mediaPath.safeParse(attribute.value);
      if (!src.success) return [`<Figure src>: ${src.error.issues[0]!.message}`];
    }
    return [];
  });
}

/** The node types a body rule applies to; every other node (text, emphasis, lists, code…) is always fine. */
export const CHECKED_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'link', 'definition', 'image'] as const;

/** What is wrong with one node by itself (an image reference is checked with its definition, in bodyTreeProblems). */
export function nodeProblems(node: BodyNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = String(node.value).trimStart().split(/\s/)[0];
      return [`"${word}" statements are not allowed in a body (write the text in other words, or put it in \`code\`)`];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [BRACES];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return componentProblems(node);
    case 'html':
      return [`raw HTML (${JSON.stringify(String(node.value).slice(0, 40))}) is not allowed; use Markdown or one of ${COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')}`];
    case 'link':
    case 'definition': {
      const problem = linkTargetProblem(node.url ?? '');
      return problem ? [`link ${problem}`] : [];
    }
    case 'image': {
      const problem = imageTargetProblem(node.url ?? '');
      return problem ? [`image ${problem}`] : [];
    }
    default:
      return [];
  }
}

/** Every problem of a parsed body, in document order. */
export function bodyTreeProblems(root: BodyNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const definitions = new Map<string, BodyNode>();
  const imageReferences: BodyNode[] = [];
  const visit = (node: BodyNode) => {
    const line = node.position?.start.line ?? 1;
    for (const message of nodeProblems(node)) problems.push({ line, message });
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
    if (node.type === 'imageReference') imageReferences.push(node);
    node.children?.forEach(visit);
  };
  visit(root);
  // A definition an image uses is an image target too (its link check has already run).
  for (const reference of imageReferences) {
    const definition = reference.identifier ? definitions.get(reference.identifier) : undefined;
    const problem = definition && !linkTargetProblem(definition.url ?? '') ? imageTargetProblem(definition.url ?? '') : undefined;
    if (problem) problems.push({ line: definition!.position?.start.line ?? 1, message: `image ${problem}` });
  }
  return problems.sort((a, b) => a.line - b.line);
}
