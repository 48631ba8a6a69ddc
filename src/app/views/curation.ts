// Curation in the details panel: merge the selected node with another, rename it, split an alias off,
// delete one of its relations or a relation's evidence; the corrections list with undo and download.
import { describeCorrection, ontology } from '../../graph/index.ts';
import type { Correction } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import { downloadBlob } from '../io/download.ts';
import type { Curation } from '../state/curation.ts';
import { SearchIndex } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import { autocomplete } from './autocomplete.ts';
import './tools.css';

function button(testid: string, label: string, onClick: () => void, danger = false): HTMLButtonElement {
  return h(
    'button',
    {
      class: `small-button${danger ? ' danger' : ''}`,
      testid,
      attrs: { type: 'button' },
      on: { click: onClick },
    },
    label,
  );
}

function nodeActions(store: Store, curation: Curation, key: string): HTMLElement {
  const { graph } = store.state;
  const a = graph.getNodeAttributes(key);
  const add = (c: Correction): void => curation.add(c);

  const name = h('input', {
    class: 'text-input',
    testid: 'curation-rename-input',
    attrs: { type: 'text', value: a.label, 'aria-label': 'New name' },
  });
  const rename = button('curation-rename', 'Rename', () => {
    const label = name.value.trim();
    if (label && label !== a.label) add({ op: 'rename', node: key, label });
  });

  // Only nodes of the same type: a merge across types would leave relations the ontology forbids.
  let index: SearchIndex | null = null;
  const merge = autocomplete({
    placeholder: `Merge with another ${ontology.entityTypes[a.type].label.toLowerCase()}…`,
    label: 'Merge with',
    testid: 'curation-merge',
    search: (q) =>
      (index ??= new SearchIndex(graph)).search(
        q,
        8,
        (k) => k !== key && graph.getNodeAttribute(k, 'type') === a.type,
      ),
    onPick: (hit) => add({ op: 'merge', into: key, from: hit.key }),
  });

  const aliases = a.aliases.filter((x) => x !== a.label);
  const aliasSelect = h(
    'select',
    { class: 'text-input', testid: 'curation-split-alias', attrs: { 'aria-label': 'Alias to split off' } },
    ...aliases.map((x) => h('option', { attrs: { value: x } }, x)),
  );
  const split = button('curation-split', 'Split off', () => {
    if (aliasSelect.value) add({ op: 'split', node: key, alias: aliasSelect.value });
  });

  const relations = h('ul', { testid: 'curation-relations' });
  for (const edge of graph.edges(key).sort()) {
    const e = graph.getEdgeAttributes(edge);
    const s = graph.source(edge);
    const t = graph.target(edge);
    const other = s === key ? t : s;
    relations.appendChild(
      h(
        'li',
        {},
        h(
          'span',
          {},
          `${s === key ? '→' : '←'} ${ontology.relationTypes[e.type].label} ${graph.getNodeAttribute(other, 'label')}`,
        ),
        button(
          `curation-delete-${edge}`,
          'Delete',
          () => add({ op: 'delete-relation', relation: edge }),
          true,
        ),
      ),
    );
  }

  return h(
    'div',
    {},
    h('div', { class: 'curation-row' }, name, rename),
    h('div', { class: 'curation-row' }, merge.root),
    aliases.length ? h('div', { class: 'curation-row' }, aliasSelect, split) : null,
    graph.degree(key) ? h('div', { class: 'muted small' }, 'Relations') : null,
    relations,
  );
}

function edgeActions(store: Store, curation: Curation, edge: string): HTMLElement {
  const { graph } = store.state;
  const list = h('ul', {});
  for (const e of graph.getEdgeAttribute(edge, 'evidence')) {
    list.appendChild(
      h(
        'li',
        {},
        h('span', { title: e.sentence }, `${e.article} @${e.start}–${e.end}`),
        button(
          `curation-delete-evidence-${e.article}-${e.start}`,
          'Delete',
          () =>
            curation.add({
              op: 'delete-evidence',
              relation: edge,
              article: e.article,
              start: e.start,
              end: e.end,
            }),
          true,
        ),
      ),
    );
  }
  return h(
    'div',
    {},
    button(
      'curation-delete-relation',
      'Delete this relation',
      () => curation.add({ op: 'delete-relation', relation: edge }),
      true,
    ),
    h('div', { class: 'muted small' }, 'Evidence'),
    list,
  );
}

export function curationView(store: Store, curation: Curation): HTMLElement {
  const actions = h('div', { testid: 'curation-actions' });
  const list = h('ul', { testid: 'curation-list' });
  const count = h('span', { testid: 'curation-count' });
  const undo = button('curation-undo', 'Undo', () => curation.undo());
  const download = button('curation-download', 'Download corrections', () =>
    downloadBlob('corrections.json', new Blob([curation.text()], { type: 'application/json' })),
  );

  const renderActions = (): void => {
    clear(actions);
    const sel = store.state.selection;
    const { graph } = store.state;
    if (sel?.kind === 'node' && graph.hasNode(sel.key))
      actions.appendChild(nodeActions(store, curation, sel.key));
    else if (sel?.kind === 'edge' && graph.hasEdge(sel.key))
      actions.appendChild(edgeActions(store, curation, sel.key));
    else actions.appendChild(h('p', { class: 'muted small' }, 'Select a node or relation to correct it.'));
  };
  const renderList = (): void => {
    const n = curation.corrections.length;
    count.textContent = `${n} correction${n === 1 ? '' : 's'}`;
    count.dataset.count = String(n);
    undo.disabled = download.disabled = n === 0;
    clear(list);
    const warned = new Map(curation.warnings.map((w) => [w.index, w.message]));
    curation.corrections.forEach((c, i) => {
      const w = warned.get(i);
      list.appendChild(
        h(
          'li',
          { class: w ? 'warn' : '' },
          describeCorrection(c),
          w ? h('span', { title: w }, ' — not applied') : null,
        ),
      );
    });
  };
  renderActions();
  renderList();
  curation.onChange(renderList);
  const root = h(
    'section',
    { class: 'curation', testid: 'curation' },
    h('h3', {}, 'Correct'),
    actions,
    h('div', { class: 'curation-row' }, count, undo, download),
    list,
  );
  store.subscribe((s, changed) => {
    if (changed.has('selection') || changed.has('graphVersion')) renderActions();
    if (changed.has('article')) root.hidden = s.article !== null;
  });
  return root;
}
