// A sortable table of the nodes or relations the filters keep, over the graph; a row selects its item.
import { ontology } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import { communities } from '../state/communities.ts';
import type { Store } from '../state/store.ts';
import './tools.css';

type Cell = string | number;
interface Column {
  name: string;
  numeric?: boolean;
}
interface Row {
  key: string;
  kind: 'node' | 'edge';
  cells: Cell[];
}

const NODE_COLUMNS: Column[] = [
  { name: 'Name' },
  { name: 'Type' },
  { name: 'Country' },
  { name: 'Relations', numeric: true },
  { name: 'Mentions', numeric: true },
  { name: 'Community', numeric: true },
];
const EDGE_COLUMNS: Column[] = [
  { name: 'Source' },
  { name: 'Relation' },
  { name: 'Target' },
  { name: 'Evidence', numeric: true },
  { name: 'Confidence', numeric: true },
  { name: 'Date' },
];
/** Rows drawn at most: a table of 20,000 rows would stall the page and help nobody. */
const MAX_ROWS = 500;

function rows(store: Store, kind: 'node' | 'edge'): Row[] {
  const { graph, visible } = store.state;
  const label = (k: string | null | undefined): string =>
    k && graph.hasNode(k) ? graph.getNodeAttribute(k, 'label') : '';
  if (kind === 'edge')
    return [...visible.edges].map((e) => {
      const a = graph.getEdgeAttributes(e);
      const cells = [label(graph.source(e)), ontology.relationTypes[a.type].label, label(graph.target(e))];
      return { key: e, kind, cells: [...cells, a.evidence.length, a.confidence, a.date ?? ''] };
    });
  const community = communities(graph, visible);
  const degree = new Map<string, number>();
  for (const e of visible.edges)
    for (const n of [graph.source(e), graph.target(e)]) degree.set(n, (degree.get(n) ?? 0) + 1);
  return [...visible.nodes].map((n) => {
    const a = graph.getNodeAttributes(n);
    const cells = [a.label, ontology.entityTypes[a.type].label, label(a.country)];
    return {
      key: n,
      kind,
      cells: [...cells, degree.get(n) ?? 0, a.mentions.length, (community.get(n) ?? 0) + 1],
    };
  });
}

export function tableView(store: Store): { toggle: HTMLButtonElement; overlay: HTMLElement } {
  let kind: 'node' | 'edge' = 'node';
  let sortBy = 3; // relations, then evidence: the busiest first
  let descending = true;
  const body = h('div', { class: 'table-body' });
  const tab = (k: 'node' | 'edge', label: string): HTMLButtonElement =>
    h(
      'button',
      {
        class: 'small-button',
        testid: `table-tab-${k}`,
        attrs: { type: 'button' },
        on: {
          click: () => {
            kind = k;
            sortBy = 3;
            descending = true;
            render();
          },
        },
      },
      label,
    );
  const overlay = h(
    'div',
    { class: 'table-overlay', testid: 'table' },
    h('div', { class: 'curation-row' }, tab('node', 'Nodes'), tab('edge', 'Relations')),
    body,
  );
  overlay.hidden = true;
  const toggle = h(
    'button',
    {
      class: 'small-button',
      testid: 'table-toggle',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: {
        click: () => {
          overlay.hidden = !overlay.hidden;
          toggle.setAttribute('aria-pressed', String(!overlay.hidden));
          render();
        },
      },
    },
    'Table',
  );

  const render = (): void => {
    if (overlay.hidden) return;
    const columns = kind === 'node' ? NODE_COLUMNS : EDGE_COLUMNS;
    const all = rows(store, kind);
    const dir = descending ? -1 : 1;
    all.sort((a, b) => {
      const x = a.cells[sortBy];
      const y = b.cells[sortBy];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return c * dir || a.key.localeCompare(b.key);
    });
    const head = h(
      'tr',
      {},
      ...columns.map((c, i) =>
        h(
          'th',
          {
            class: c.numeric ? 'num' : '',
            testid: `table-sort-${c.name.toLowerCase()}`,
            attrs: { 'aria-sort': i === sortBy ? (descending ? 'descending' : 'ascending') : 'none' },
            on: {
              click: () => {
                descending = i === sortBy ? !descending : Boolean(c.numeric);
                sortBy = i;
                render();
              },
            },
          },
          c.name,
          i === sortBy ? (descending ? ' ▾' : ' ▴') : '',
        ),
      ),
    );
    const tbody = h('tbody', {});
    for (const r of all.slice(0, MAX_ROWS)) {
      tbody.appendChild(
        h(
          'tr',
          {
            attrs: { 'data-key': r.key },
            on: { click: () => store.set({ selection: { kind: r.kind, key: r.key } }) },
          },
          ...r.cells.map((c, i) => h('td', { class: columns[i].numeric ? 'num' : '' }, String(c))),
        ),
      );
    }
    clear(body);
    body.append(
      h(
        'table',
        { class: 'data-table', attrs: { 'data-rows': String(all.length) } },
        h('thead', {}, head),
        tbody,
      ),
      all.length > MAX_ROWS
        ? h('p', { class: 'muted small' }, `First ${MAX_ROWS} of ${all.length} rows.`)
        : '',
    );
  };
  store.subscribe((_s, changed) => {
    if (changed.has('visible') || changed.has('graphVersion')) render();
  });
  return { toggle, overlay };
}
