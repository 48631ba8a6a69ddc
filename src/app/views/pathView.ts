// The shortest path between two actors: ends picked from search or from a node's details, the path's
// relations listed with their evidence; the renderer lights the path and dims the rest (issue 17).
import { ontology } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import { currentPath } from '../state/explore.ts';
import { SearchIndex } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import { groupEvidence } from '../text/groups.ts';
import { autocomplete } from './autocomplete.ts';
import { evidenceItem } from './evidence.ts';
import './tools.css';

function endPicker(
  store: Store,
  end: 'from' | 'to',
  index: () => SearchIndex,
): { root: HTMLElement; input: HTMLInputElement } {
  return autocomplete({
    placeholder: end === 'from' ? 'Path from…' : 'Path to…',
    label: end === 'from' ? 'Path from' : 'Path to',
    testid: `path-${end}`,
    search: (q) => index().search(q, 8),
    isHidden: (key) => !store.state.visible.nodes.has(key),
    onPick: (hit) => {
      const path = store.state.path ?? { from: null, to: null };
      store.set({ path: { ...path, [end]: hit.key } });
    },
  });
}

export function pathView(store: Store): HTMLElement {
  let index: SearchIndex | null = null;
  const getIndex = (): SearchIndex => (index ??= new SearchIndex(store.state.graph));
  const result = h('div', { testid: 'path-result' });
  const from = endPicker(store, 'from', getIndex);
  const to = endPicker(store, 'to', getIndex);
  const root = h(
    'section',
    { class: 'wb-tool', testid: 'path' },
    h('h3', {}, 'Shortest path'),
    from.root,
    to.root,
    result,
  );
  const label = (k: string | null): string =>
    k && store.state.graph.hasNode(k) ? store.state.graph.getNodeAttribute(k, 'label') : '…';

  const render = (): void => {
    clear(result);
    const { path, graph } = store.state;
    const p = currentPath(store.state);
    // Ends picked from a node's details show in the fields too; a field being typed in is left alone.
    for (const [field, key] of [
      [from.input, path?.from ?? null],
      [to.input, path?.to ?? null],
    ] as const) {
      if (document.activeElement !== field) field.value = key ? label(key) : '';
    }
    result.dataset.state = p.kind;
    if (!path) return;
    const clearBtn = h(
      'button',
      {
        class: 'small-button',
        testid: 'path-clear',
        attrs: { type: 'button' },
        on: { click: () => store.set({ path: null }) },
      },
      'Clear path',
    );
    const head = `${label(path.from)} → ${label(path.to)}`;
    if (p.kind === 'partial') {
      result.append(h('p', { class: 'small muted' }, `${head}: pick the other end.`), clearBtn);
    } else if (p.kind === 'unreachable') {
      result.append(
        h(
          'p',
          { class: 'small', testid: 'path-none' },
          `No path between ${label(path.from)} and ${label(path.to)} in this view.`,
        ),
        clearBtn,
      );
    } else if (p.kind === 'found') {
      result.dataset.length = String(p.edges.length);
      const steps = p.edges.map((e, i) => {
        const a = graph.getEdgeAttributes(e);
        const s = graph.source(e);
        const t = graph.target(e);
        // Each step reads from the path's direction; the arrow says which way the relation goes.
        const forward = s === p.nodes[i];
        return h(
          'li',
          { class: 'edge-item', attrs: { 'data-edge': e } },
          h(
            'div',
            { class: 'edge-head' },
            h('strong', {}, label(p.nodes[i])),
            ` ${forward ? '→' : '←'} ${ontology.relationTypes[a.type].label} ${forward ? '→' : '←'} `,
            h('strong', {}, label(p.nodes[i + 1])),
          ),
          h(
            'ul',
            { class: 'evidence-list' },
            ...groupEvidence(graph, a.evidence)
              .slice(0, 3)
              .map((g) => evidenceItem(store, g, [s, t])),
          ),
        );
      });
      result.append(
        h(
          'p',
          { class: 'small', testid: 'path-summary' },
          `${head}: ${p.edges.length} relation${p.edges.length === 1 ? '' : 's'}.`,
        ),
        h('ol', { class: 'edge-list', testid: 'path-steps' }, ...steps),
        clearBtn,
      );
    }
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('graphVersion')) index = null;
    if (changed.has('path') || changed.has('visible') || changed.has('graphVersion')) render();
  });
  return root;
}
