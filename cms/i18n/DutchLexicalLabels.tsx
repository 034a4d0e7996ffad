'use client';
/**
 * The client half of DutchLexicalLabelsFeature (dutch-lexical-labels.ts): while a body editor is
 * on screen, every English aria-label of LEXICAL_HARD_CODED_LABELS inside it is replaced by its
 * Dutch one, also on the handles and link editor Lexical renders later. React leaves the attribute
 * alone afterwards: the English value is a constant, so it never re-renders it.
 */
import { createClientFeature } from '@payloadcms/richtext-lexical/client';
import { useEffect } from 'react';
import { LEXICAL_HARD_CODED_LABELS } from './lexical-labels.ts';

function relabel(root: Element): void {
  for (const element of root.querySelectorAll('[aria-label]')) {
    const dutch = LEXICAL_HARD_CODED_LABELS[element.getAttribute('aria-label') ?? ''];
    if (dutch) element.setAttribute('aria-label', dutch);
  }
}

function DutchLabels({ anchorElem }: { anchorElem: HTMLElement }) {
  useEffect(() => {
    // The whole field: the button below the last block sits outside the floating anchor.
    const root = anchorElem.closest('.rich-text-lexical') ?? anchorElem;
    relabel(root);
    const observer = new MutationObserver(() => relabel(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [anchorElem]);
  return null;
}

export const DutchLexicalLabelsClient = createClientFeature({ plugins: [{ Component: DutchLabels, position: 'floatingAnchorElem' }] });
