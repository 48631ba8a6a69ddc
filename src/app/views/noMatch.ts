import { filterKeys } from '../../graph/index.ts';
import type { GraphFilter } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import type { Store } from '../state/store.ts';

/** Names for the criteria a user may be told to relax; `depth` goes with `actor`. */
const NAMES: Partial<Record<keyof GraphFilter, string>> = {
  types: 'entity type',
  relations: 'relation',
  countries: 'country',
  actor: 'actor',
  articles: 'article',
  minConfidence: 'minimum confidence',
  from: 'from date',
  to: 'to date',
  minEvidence: 'minimum evidence',
  minRelations: 'minimum relations',
};

function without(filter: GraphFilter, key: keyof GraphFilter): GraphFilter {
  const f = { ...filter };
  delete f[key];
  if (key === 'actor') delete f.depth;
  return f;
}

/**
 * Shown over the canvas when the filters leave nothing: which criteria emptied the view (those whose
 * removal alone brings something back), each with a button that removes it. A blank canvas says nothing.
 */
export function noMatchView(store: Store): HTMLElement {
  const root = h('div', {
    class: 'no-match',
    testid: 'no-match',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const render = (): void => {
    const { graph, filter, visible } = store.state;
    clear(root);
    root.hidden = graph.order === 0 || visible.nodes.size > 0;
    if (root.hidden) return;
    const keys = (Object.keys(filter) as (keyof GraphFilter)[]).filter(
      (k) => k !== 'depth' && filter[k] !== undefined,
    );
    const relax = keys.filter((k) => filterKeys(graph, without(filter, k)).nodes.size > 0);
    root.append(
      h('strong', {}, 'No match.'),
      h(
        'span',
        {},
        relax.length
          ? ` These filters together leave nothing. Remove one:`
          : ' These filters together leave nothing.',
      ),
      h(
        'div',
        { class: 'no-match-actions' },
        ...relax.map((k) =>
          h(
            'button',
            {
              class: 'button small',
              testid: `relax-${k}`,
              attrs: { type: 'button' },
              on: { click: () => store.set({ filter: without(store.state.filter, k) }) },
            },
            `Remove ${NAMES[k] ?? k} filter`,
          ),
        ),
        h(
          'button',
          {
            class: 'button small',
            testid: 'relax-all',
            attrs: { type: 'button' },
            on: { click: () => store.set({ filter: {} }) },
          },
          'Clear all filters',
        ),
      ),
    );
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('visible')) render();
  });
  return root;
}
