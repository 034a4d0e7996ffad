/** The mark of brand-mark.ts as inline SVG, at the origin of a 32 × 32 grid. */
import { createElement } from 'react';
import { MARK_SHAPES } from './brand-mark.ts';

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function MarkShapes() {
  return MARK_SHAPES.map(({ tag, attrs }, i) =>
    createElement(tag, { key: i, ...Object.fromEntries(Object.entries(attrs).map(([k, v]) => [camel(k), v])) }),
  );
}
