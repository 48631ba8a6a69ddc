import { h } from '../dom.ts';
import { segment } from './segments.ts';
import type { MarkRange } from './segments.ts';

/**
 * Text with some spans wrapped in <mark>: built from text nodes and createElement only, so the text can
 * hold anything. Marks that name a node get `data-node` and, with `onPick`, become clickable.
 */
export function markedText(
  text: string,
  ranges: MarkRange[],
  opts: { onPick?: (node: string) => void; colorOf?: (node: string) => string | undefined } = {},
): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const part of segment(text, ranges)) {
    if (!part.mark) {
      frag.appendChild(document.createTextNode(part.text));
      continue;
    }
    const node = part.mark.node;
    const mark = h('mark', { class: part.mark.kind ? `m-${part.mark.kind}` : undefined }, part.text);
    if (node) {
      mark.dataset.node = node;
      const color = opts.colorOf?.(node);
      if (color) mark.style.setProperty('--mark-color', color);
      if (opts.onPick) {
        const pick = opts.onPick;
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.addEventListener('click', () => pick(node));
        mark.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            pick(node);
          }
        });
      }
    }
    frag.appendChild(mark);
  }
  return frag;
}
