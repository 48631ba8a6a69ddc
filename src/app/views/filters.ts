import { ENTITY_TYPES, RELATION_TYPES, filterKeys, isEmptyFilter, ontology } from '../../graph/index.ts';
import type { GraphFilter } from '../../graph/index.ts';
import { clear, h, swatch } from '../dom.ts';
import { facetCounts } from '../state/counts.ts';
import type { FacetCounts } from '../state/counts.ts';
import { SearchIndex } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import { autocomplete } from './autocomplete.ts';

/** Above this many nodes, facet counts are computed after the first frame. */
const LARGE = 5000;

const emptyCounts = (): FacetCounts => ({
  types: new Map(),
  relations: new Map(),
  countries: new Map(),
  articles: new Map(),
});

function toggle<T>(list: T[] | undefined, value: T): T[] | undefined {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length ? next : undefined;
}

function withFilter(store: Store, patch: Partial<GraphFilter>): void {
  const f: GraphFilter = { ...store.state.filter, ...patch };
  for (const k of Object.keys(f) as (keyof GraphFilter)[]) if (f[k] === undefined) delete f[k];
  store.set({ filter: f });
}

function chip(
  testid: string,
  label: string,
  count: number,
  pressed: boolean,
  onClick: () => void,
  color?: string,
  title?: string,
): HTMLButtonElement {
  return h(
    'button',
    {
      class: `chip${pressed ? ' on' : ''}${count === 0 && !pressed ? ' zero' : ''}`,
      testid,
      title: count === 0 && !pressed ? 'Nothing would be left with the other filters' : title,
      // A dead option (one that would leave nothing) is shown but cannot be chosen.
      attrs: {
        type: 'button',
        'aria-pressed': String(pressed),
        ...(count === 0 && !pressed ? { disabled: '' } : {}),
      },
      on: { click: onClick },
    },
    color ? swatch(color) : null,
    h('span', { class: 'chip-label' }, label),
    h('span', { class: 'chip-count' }, String(count)),
  );
}

function section(title: string, body: HTMLElement, extra?: HTMLElement): HTMLElement {
  return h('section', { class: 'facet' }, h('h3', {}, title, extra ?? null), body);
}

/** Filters as data: every control edits the store's GraphFilter, the one the CLI's export takes too. */
export function filtersView(store: Store): HTMLElement {
  const types = h('div', { class: 'chips' });
  const relations = h('div', { class: 'chips' });
  const countries = h('div', { class: 'chips chips-scroll', testid: 'country-filters' });
  const articles = h('div', { class: 'chips chips-col', testid: 'article-filters' });
  const actorPill = h('div', { class: 'actor-pill' });
  const clearAll = h(
    'button',
    {
      class: 'link-button',
      testid: 'clear-filters',
      attrs: { type: 'button' },
      on: { click: () => store.set({ filter: {} }) },
    },
    'Clear all',
  );

  let index: SearchIndex | null = null;
  // Only actors the other filters keep are offered: any other choice would empty the view.
  let offered: Set<string> | null = null;
  const actorBox = autocomplete({
    placeholder: 'Neighbourhood of…',
    label: 'Filter by actor',
    testid: 'actor-filter',
    search: (q) => {
      const { graph, filter } = store.state;
      offered ??= filterKeys(graph, { ...filter, actor: undefined, depth: undefined }).nodes;
      const keep = offered;
      return (index ??= new SearchIndex(graph)).search(q, 10, (k) => keep.has(k));
    },
    onPick: (hit) => {
      withFilter(store, { actor: hit.key });
      actorBox.input.value = '';
    },
  });
  const depth = h(
    'select',
    {
      class: 'depth',
      testid: 'actor-depth',
      attrs: { 'aria-label': 'Neighbourhood depth' },
      on: {
        change: () =>
          withFilter(store, { depth: Number(depth.value) === 1 ? undefined : Number(depth.value) }),
      },
    },
    h('option', { attrs: { value: '1' } }, 'depth 1'),
    h('option', { attrs: { value: '2' } }, 'depth 2'),
  );

  const render = (c: FacetCounts): void => {
    const { graph, filter } = store.state;
    clear(types);
    for (const t of ENTITY_TYPES) {
      types.appendChild(
        chip(
          `filter-type-${t}`,
          ontology.entityTypes[t].label,
          c.types.get(t) ?? 0,
          filter.types?.includes(t) ?? false,
          () => withFilter(store, { types: toggle(filter.types, t) }),
          ontology.entityTypes[t].color,
        ),
      );
    }
    clear(relations);
    for (const r of RELATION_TYPES) {
      relations.appendChild(
        chip(
          `filter-relation-${r}`,
          ontology.relationTypes[r].label,
          c.relations.get(r) ?? 0,
          filter.relations?.includes(r) ?? false,
          () => withFilter(store, { relations: toggle(filter.relations, r) }),
          ontology.relationTypes[r].color,
        ),
      );
    }
    clear(countries);
    const countryKeys = graph.filterNodes((_k, a) => a.type === 'country');
    countryKeys.sort(
      (a, b) =>
        (c.countries.get(b) ?? 0) - (c.countries.get(a) ?? 0) ||
        graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
    for (const k of countryKeys) {
      countries.appendChild(
        chip(
          `filter-country-${k}`,
          graph.getNodeAttribute(k, 'label'),
          c.countries.get(k) ?? 0,
          filter.countries?.includes(k) ?? false,
          () => withFilter(store, { countries: toggle(filter.countries, k) }),
        ),
      );
    }
    if (!countryKeys.length) countries.appendChild(h('p', { class: 'muted' }, 'No countries in this graph.'));
    clear(articles);
    for (const a of graph.getAttribute('articles')) {
      articles.appendChild(
        chip(
          `filter-article-${a.id}`,
          a.title ?? a.file,
          c.articles.get(a.id) ?? 0,
          filter.articles?.includes(a.id) ?? false,
          () => withFilter(store, { articles: toggle(filter.articles, a.id) }),
          undefined,
          [a.date, a.lang, a.file].filter(Boolean).join(' · '),
        ),
      );
    }
    clear(actorPill);
    if (filter.actor !== undefined) {
      const key = filter.actor;
      const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
      actorPill.appendChild(
        h(
          'span',
          { class: 'pill', testid: 'actor-current' },
          h('span', {}, label),
          h(
            'button',
            {
              class: 'pill-x',
              testid: 'actor-clear',
              attrs: { type: 'button', 'aria-label': 'Remove actor filter' },
              on: { click: () => withFilter(store, { actor: undefined, depth: undefined }) },
            },
            '×',
          ),
        ),
      );
    }
    depth.value = String(filter.depth ?? 1);
    clearAll.disabled = isEmptyFilter(filter);
  };
  // Counts cost a few filter passes: on big graphs they follow a moment after the view, off the first frame.
  let pending: ReturnType<typeof setTimeout> | undefined;
  let last: FacetCounts | null = null;
  const update = (): void => {
    const { graph, filter } = store.state;
    clearTimeout(pending);
    if (graph.order <= LARGE) {
      render((last = facetCounts(graph, filter)));
      return;
    }
    render(last ?? emptyCounts());
    pending = setTimeout(() => render((last = facetCounts(store.state.graph, store.state.filter))), 300);
  };
  update();
  store.subscribe((_s, changed) => {
    if (changed.has('graphVersion')) index = null;
    if (changed.has('visible')) {
      offered = null;
      update();
    }
  });

  return h(
    'div',
    { class: 'filters', testid: 'filters' },
    h('div', { class: 'filters-head' }, h('h2', {}, 'Filters'), clearAll),
    section('Entity type', types),
    section('Relation', relations),
    section('Actor', h('div', {}, h('div', { class: 'actor-row' }, actorBox.root, depth), actorPill)),
    section('Country', countries),
    section('Article', articles),
  );
}
