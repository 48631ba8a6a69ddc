import { h } from '../dom.ts';
import type { Store } from '../state/store.ts';

/** The one control for the nodes without any relation, hidden by default: "Show 25 unconnected". */
export function isolatedToggle(store: Store): HTMLElement {
  const button = h('button', {
    class: 'tool isolated-toggle',
    testid: 'isolated-toggle',
    attrs: { type: 'button', 'aria-pressed': 'false' },
    on: { click: () => store.set({ showIsolated: !store.state.showIsolated }) },
  });
  const render = (): void => {
    const { showIsolated, isolatedHidden, graph } = store.state;
    const total = showIsolated ? countIsolated(store) : isolatedHidden;
    button.hidden = graph.order === 0 || total === 0;
    button.textContent = showIsolated ? `Hide ${total} unconnected` : `Show ${total} unconnected`;
    button.title = 'Nodes the articles mention but with no relation to anything';
    button.setAttribute('aria-pressed', String(showIsolated));
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('visible') || changed.has('showIsolated')) render();
  });
  return button;
}

function countIsolated(store: Store): number {
  const { graph, visible } = store.state;
  let n = 0;
  for (const k of visible.nodes) if (graph.degree(k) === 0) n++;
  return n;
}
