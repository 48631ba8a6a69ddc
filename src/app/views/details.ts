import { RELATION_TYPES, ontology } from '../../graph/index.ts';
import type { NewsGraph, RelationType } from '../../graph/index.ts';
import { clear, h, swatch } from '../dom.ts';
import type { Store } from '../state/store.ts';
import { groupEvidence } from '../text/groups.ts';
import { evidenceItem } from './evidence.ts';
import { pagedList } from './paged.ts';

/** A node's relations, and an edge's evidence, come this many at a time. */
const PAGE = 20;
/** Evidence sentences shown under each relation of a node before "more". */
const PER_EDGE = 3;

type Focus = (key: string) => void;

function nodeButton(store: Store, focus: Focus, key: string): HTMLElement {
  const { graph } = store.state;
  if (!graph.hasNode(key)) return h('span', {}, key);
  const a = graph.getNodeAttributes(key);
  return h(
    'button',
    {
      class: 'link-button node-link',
      attrs: { type: 'button', 'data-key': key },
      on: {
        click: () => {
          store.set({ selection: { kind: 'node', key } });
          focus(key);
        },
      },
    },
    swatch(ontology.entityTypes[a.type].color),
    a.label,
  );
}

function typeBadge(label: string, color: string): HTMLElement {
  return h('span', { class: 'badge' }, swatch(color), label);
}

function edgeBlock(store: Store, focus: Focus, edge: string, from: string | null): HTMLElement {
  const { graph, visible } = store.state;
  const a = graph.getEdgeAttributes(edge);
  const s = graph.source(edge);
  const t = graph.target(edge);
  const other = from === null ? null : s === from ? t : s;
  const head =
    other === null
      ? h(
          'div',
          { class: 'edge-head' },
          nodeButton(store, focus, s),
          h('span', { class: 'rel' }, ` ${ontology.relationTypes[a.type].label} `),
          nodeButton(store, focus, t),
        )
      : h(
          'div',
          { class: 'edge-head' },
          h('span', { class: 'dir', title: s === from ? 'outgoing' : 'incoming' }, s === from ? '→' : '←'),
          nodeButton(store, focus, other),
          h(
            'button',
            {
              class: 'link-button small',
              attrs: { type: 'button' },
              title: 'Select this relation',
              on: { click: () => store.set({ selection: { kind: 'edge', key: edge } }) },
            },
            `${a.evidence.length} evidence`,
          ),
        );
  return h(
    'li',
    { class: `edge-item${visible.edges.has(edge) ? '' : ' filtered-out'}`, attrs: { 'data-edge': edge } },
    head,
    pagedList(groupEvidence(graph, a.evidence), (g) => evidenceItem(store, g, [s, t]), {
      first: PER_EDGE,
      step: PAGE,
      cls: 'evidence-list',
      noun: 'sentences',
    }),
  );
}

function nodeDetails(store: Store, focus: Focus, key: string): HTMLElement {
  const { graph } = store.state;
  const a = graph.getNodeAttributes(key);
  const info = ontology.entityTypes[a.type];
  const rows: HTMLElement[] = [];
  const row = (label: string, ...value: (Node | string)[]): void => {
    rows.push(h('dt', {}, label), h('dd', {}, ...value));
  };
  if (a.title) row('Title', a.title);
  if (a.country && graph.hasNode(a.country))
    row(a.type === 'base' || a.type === 'place' ? 'In' : 'Country', nodeButton(store, focus, a.country));
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length) row('Also', h('span', { testid: 'aliases' }, aliases.join(', ')));
  row(
    'Mentions',
    `${a.mentions.length} in ${a.articles.length} article${a.articles.length === 1 ? '' : 's'}`,
  );

  const groups = new Map<RelationType, string[]>();
  graph.forEachEdge(key, (edge, ea) => {
    const list = groups.get(ea.type) ?? [];
    list.push(edge);
    groups.set(ea.type, list);
  });
  const relSections = RELATION_TYPES.filter((r) => groups.has(r)).map((r) =>
    h(
      'section',
      { class: 'rel-group', testid: `relations-${r}` },
      h(
        'h3',
        {},
        swatch(ontology.relationTypes[r].color, 'line'),
        `${ontology.relationTypes[r].label} (${groups.get(r)!.length})`,
      ),
      // The best-attested relations first, a page at a time: a hub may have hundreds.
      pagedList(
        groups
          .get(r)!
          .map((e) => ({ e, n: graph.getEdgeAttribute(e, 'evidence').length }))
          .sort((x, y) => y.n - x.n || (x.e < y.e ? -1 : 1))
          .map((x) => x.e),
        (e) => edgeBlock(store, focus, e, key),
        { first: PAGE, step: PAGE, cls: 'edge-list', noun: 'relations' },
      ),
    ),
  );

  const actions = h(
    'div',
    { class: 'actions' },
    h(
      'button',
      {
        class: 'button small',
        testid: 'show-neighbourhood',
        attrs: { type: 'button' },
        on: { click: () => store.set({ filter: { ...store.state.filter, actor: key } }) },
      },
      'Show neighbourhood',
    ),
    a.type === 'country'
      ? h(
          'button',
          {
            class: 'button small',
            testid: 'filter-this-country',
            attrs: { type: 'button' },
            on: { click: () => store.set({ filter: { ...store.state.filter, countries: [key] } }) },
          },
          'Filter to this country',
        )
      : null,
  );

  return h(
    'div',
    { class: 'details', testid: 'details', attrs: { 'data-key': key } },
    typeBadge(info.label, info.color),
    h('h2', { testid: 'details-label' }, a.label),
    h('dl', {}, ...rows),
    actions,
    relSections.length
      ? h('div', { class: 'relations' }, ...relSections)
      : h('p', { class: 'muted' }, 'No relations.'),
  );
}

function edgeDetails(store: Store, focus: Focus, key: string): HTMLElement {
  const { graph } = store.state;
  const a = graph.getEdgeAttributes(key);
  const info = ontology.relationTypes[a.type];
  const meta = [`confidence ${Math.round(a.confidence * 100)}%`, a.date, `${a.evidence.length} evidence`]
    .filter(Boolean)
    .join(' · ');
  return h(
    'div',
    { class: 'details', testid: 'details', attrs: { 'data-edge': key } },
    typeBadge(info.label, info.color),
    h(
      'h2',
      { class: 'edge-title', testid: 'details-label' },
      nodeButton(store, focus, graph.source(key)),
      h('span', { class: 'rel' }, ` ${info.label} `),
      nodeButton(store, focus, graph.target(key)),
    ),
    h('p', { class: 'muted' }, meta),
    pagedList(
      groupEvidence(graph, a.evidence),
      (g) => evidenceItem(store, g, [graph.source(key), graph.target(key)]),
      { first: PAGE, step: PAGE, cls: 'evidence-list', noun: 'sentences' },
    ),
  );
}

/** The k best-connected nodes, without sorting them all (one pass; k is small). */
function topByDegree(graph: NewsGraph, nodes: Iterable<string>, k: number): string[] {
  const best: { key: string; d: number }[] = [];
  const before = (a: { key: string; d: number }, b: { key: string; d: number }): boolean =>
    a.d > b.d || (a.d === b.d && a.key < b.key);
  for (const key of nodes) {
    const item = { key, d: graph.degree(key) };
    if (best.length === k && !before(item, best[k - 1])) continue;
    let i = best.length;
    while (i > 0 && before(item, best[i - 1])) i--;
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.key);
}

function overview(store: Store, focus: Focus): HTMLElement {
  const { graph, visible } = store.state;
  const top = topByDegree(graph, visible.nodes, 8);
  return h(
    'div',
    { class: 'details overview', testid: 'overview' },
    h('h2', {}, graph.getAttribute('name') ?? 'This graph'),
    h('p', { class: 'muted' }, 'Click a node or a relation to read its evidence.'),
    top.length ? h('h3', {}, 'Most connected') : null,
    h(
      'ul',
      { class: 'plain' },
      ...top.map((k) =>
        h('li', {}, nodeButton(store, focus, k), h('span', { class: 'muted' }, ` ${graph.degree(k)}`)),
      ),
    ),
    articleList(store, graph),
  );
}

function articleList(store: Store, graph: NewsGraph): HTMLElement {
  const articles = graph.getAttribute('articles');
  return h(
    'div',
    {},
    articles.length ? h('h3', {}, `Articles (${articles.length})`) : null,
    h(
      'ul',
      { class: 'plain' },
      ...articles.map((a) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'link-button',
              testid: 'open-article',
              attrs: { type: 'button', 'data-article': a.id },
              on: { click: () => store.set({ article: { id: a.id } }) },
            },
            a.title ?? a.file,
          ),
          a.date ? h('span', { class: 'muted' }, ` ${a.date}`) : null,
        ),
      ),
    ),
  );
}

/** The right panel when no article is open: the selected node or edge, or an overview. */
export function detailsView(store: Store, focus: Focus): HTMLElement {
  const root = h('div', { class: 'details-host' });
  const render = (): void => {
    const { selection, graph } = store.state;
    clear(root);
    if (selection?.kind === 'node' && graph.hasNode(selection.key))
      root.appendChild(nodeDetails(store, focus, selection.key));
    else if (selection?.kind === 'edge' && graph.hasEdge(selection.key))
      root.appendChild(edgeDetails(store, focus, selection.key));
    else root.appendChild(overview(store, focus));
    root.scrollTop = 0;
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('selection') || changed.has('graphVersion') || changed.has('visible')) render();
  });
  return root;
}
