// Expanding from one actor, path ends and unpinning, for the selected node (issue 17). The exploration is
// view state (store.explore, in the URL); the store narrows what is visible, the graph is never touched.
import { collapse } from '../../graph/expand.ts';
import { clear, h } from '../dom.ts';
import type { Store } from '../state/store.ts';
import './tools.css';

function button(testid: string, label: string, onClick: () => void, title?: string): HTMLButtonElement {
  return h(
    'button',
    { class: 'small-button', testid, title, attrs: { type: 'button' }, on: { click: onClick } },
    label,
  );
}

function nodeActions(store: Store, key: string): HTMLElement {
  const { explore, visible, graph, path, pinned } = store.state;
  const row = h('div', { class: 'curation-row', testid: 'explore-actions' });
  const edgeOk = (e: string): boolean => store.state.visible.edges.has(e);
  row.append(
    button(
      'explore-start',
      'Start here',
      () => store.set({ explore: { start: key, expanded: [] } }),
      'Show only this actor, then expand it step by step',
    ),
  );
  if (explore && visible.nodes.has(key)) {
    const expanded = explore.expanded.includes(key);
    row.append(
      expanded
        ? button('explore-collapse', 'Collapse', () =>
            store.set({
              explore: {
                ...explore,
                expanded: collapse(graph, explore.start, explore.expanded, key, edgeOk),
              },
            }),
          )
        : button('explore-expand', 'Expand', () =>
            store.set({ explore: { ...explore, expanded: [...explore.expanded, key] } }),
          ),
    );
  }
  row.append(
    button('path-from-here', 'Path from here', () =>
      store.set({ path: { from: key, to: path?.to ?? null } }),
    ),
    button('path-to-here', 'Path to here', () => store.set({ path: { from: path?.from ?? null, to: key } })),
  );
  if (pinned.has(key)) {
    row.append(
      button('unpin', 'Unpin', () => {
        const next = new Set(store.state.pinned);
        next.delete(key);
        store.set({ pinned: next });
      }),
    );
  }
  return row;
}

export function exploreView(store: Store): HTMLElement {
  const root = h('section', { class: 'wb-tool', testid: 'explore' });
  const render = (): void => {
    clear(root);
    const { explore, selection, graph, visible } = store.state;
    if (explore && graph.hasNode(explore.start)) {
      const n = visible.nodes.size;
      root.append(
        h(
          'p',
          { class: 'small', testid: 'explore-status', attrs: { 'data-count': String(n) } },
          `Exploring from ${graph.getNodeAttribute(explore.start, 'label')}: ${n} node${n === 1 ? '' : 's'}, `,
          `${explore.expanded.length} expanded. `,
          button('explore-reset', 'Show all', () => store.set({ explore: null })),
        ),
      );
    }
    if (selection?.kind === 'node' && graph.hasNode(selection.key))
      root.append(nodeActions(store, selection.key));
    root.hidden = root.childElementCount === 0;
  };
  render();
  store.subscribe((_s, changed) => {
    if (
      ['explore', 'selection', 'visible', 'path', 'pinned', 'graphVersion'].some((k) =>
        changed.has(k as never),
      )
    )
      render();
  });
  return root;
}
