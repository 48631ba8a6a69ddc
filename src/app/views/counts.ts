import { isEmptyFilter } from '../../graph/index.ts';
import { h } from '../dom.ts';
import type { Store } from '../state/store.ts';

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "12 nodes, 9 edges" (and "of 40" when a filter is on); data-nodes / data-edges for tests and scripts. */
export function countsView(store: Store): HTMLElement {
  const el = h('div', { class: 'counts', testid: 'counts', attrs: { 'aria-live': 'polite' } });
  const render = (): void => {
    const { visible, graph, filter } = store.state;
    el.dataset.nodes = String(visible.nodes.size);
    el.dataset.edges = String(visible.edges.size);
    el.textContent = isEmptyFilter(filter)
      ? `${plural(visible.nodes.size, 'node')}, ${plural(visible.edges.size, 'edge')}`
      : `${plural(visible.nodes.size, 'node')}, ${plural(visible.edges.size, 'edge')} (of ${graph.order.toLocaleString('en')} / ${graph.size.toLocaleString('en')})`;
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('visible')) render();
  });
  return el;
}
