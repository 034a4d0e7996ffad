/**
 * Schoolnabij's mark, drawn once: a school roof over a warm dot, the pupil close by, on a deep
 * green-blue tile. Icon.tsx and Logo.tsx render it; the favicon is the same drawing as a data URL.
 */
export const BRAND = { tile: '#0e5a61', line: '#ffffff', dot: '#f2a33a' } as const;

/** The mark's shapes on a 32 × 32 grid, as SVG attributes. */
export const MARK_SHAPES = [
  { tag: 'rect', attrs: { x: 0, y: 0, width: 32, height: 32, rx: 7, fill: BRAND.tile } },
  { tag: 'path', attrs: { d: 'M6.5 15.5 16 8l9.5 7.5', fill: 'none', stroke: BRAND.line, 'stroke-width': 2.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } },
  { tag: 'path', attrs: { d: 'M10 14.5V24h12v-9.5', fill: 'none', stroke: BRAND.line, 'stroke-width': 2.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } },
  { tag: 'circle', attrs: { cx: 16, cy: 19.5, r: 2.7, fill: BRAND.dot } },
] as const;

/** The mark as a standalone SVG document. */
export function markSvg(): string {
  const shapes = MARK_SHAPES.map(({ tag, attrs }) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${shapes.join('')}</svg>`;
}

/** The favicon: the mark as a data URL, so the admin needs no static file for it. */
export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(markSvg())}`;
