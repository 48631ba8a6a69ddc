// Decluttering: hide relation types, minimum evidence per relation, minimum relations per node, minimum
// confidence — all GraphFilter fields, so the URL and `newsgraph export` reproduce the view.
import { RELATION_TYPES, ontology } from '../../graph/index.ts';
import type { RelationType } from '../../graph/index.ts';
import { h, swatch } from '../dom.ts';
import type { Store } from '../state/store.ts';
import { patchFilter } from './filterPatch.ts';
import './tools.css';

function numberInput(
  testid: string,
  label: string,
  attrs: Record<string, string>,
  set: (v: number | undefined) => void,
): HTMLInputElement {
  return h('input', {
    class: 'num-input',
    testid,
    attrs: { type: 'number', 'aria-label': label, ...attrs },
    on: {
      change: (e) => {
        const v = (e.target as HTMLInputElement).valueAsNumber;
        set(Number.isFinite(v) && v > 0 ? v : undefined);
      },
    },
  });
}

export function declutterView(store: Store): HTMLElement {
  const hide = new Map<RelationType, HTMLInputElement>();
  const hideRow = h('div', { class: 'hide-row' });
  for (const r of RELATION_TYPES) {
    const box = h('input', {
      testid: `hide-relation-${r}`,
      attrs: { type: 'checkbox' },
      on: {
        change: () => {
          // Hiding is the complement of the relation filter: every type still shown is kept.
          const shown = RELATION_TYPES.filter((t) => !hide.get(t)!.checked);
          patchFilter(store, { relations: shown.length === RELATION_TYPES.length ? undefined : shown });
        },
      },
    });
    hide.set(r, box);
    hideRow.appendChild(
      h(
        'label',
        { class: 'hide-label' },
        box,
        swatch(ontology.relationTypes[r].color, 'line'),
        ontology.relationTypes[r].label,
      ),
    );
  }
  const minEvidence = numberInput(
    'min-evidence',
    'Minimum evidence per relation',
    { min: '0', step: '1' },
    (v) => patchFilter(store, { minEvidence: v }),
  );
  const minRelations = numberInput(
    'min-relations',
    'Minimum relations per node',
    { min: '0', step: '1' },
    (v) => patchFilter(store, { minRelations: v }),
  );
  const minConfidence = numberInput(
    'min-confidence',
    'Minimum confidence',
    { min: '0', max: '1', step: '0.05' },
    (v) => patchFilter(store, { minConfidence: v }),
  );
  const render = (): void => {
    const f = store.state.filter;
    for (const [r, box] of hide) box.checked = f.relations !== undefined && !f.relations.includes(r);
    minEvidence.value = f.minEvidence ? String(f.minEvidence) : '';
    minRelations.value = f.minRelations ? String(f.minRelations) : '';
    minConfidence.value = f.minConfidence !== undefined ? String(f.minConfidence) : '';
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('filter')) render();
  });
  const row = (label: string, input: HTMLElement): HTMLElement =>
    h('label', { class: 'num-row' }, h('span', {}, label), input);
  return h(
    'section',
    { class: 'facet wb-tool', testid: 'declutter' },
    h('h3', {}, 'Declutter'),
    h('div', { class: 'muted small' }, 'Hide relation type'),
    hideRow,
    row('Min. evidence per relation', minEvidence),
    row('Min. relations per node', minRelations),
    row('Min. confidence', minConfidence),
  );
}
