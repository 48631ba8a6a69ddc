// Size and colour by a metric (issue 17): display choices read by the reducers, kept in the URL.
import { h, swatch } from '../dom.ts';
import { COLOR_BY, SIZE_BY } from '../state/explore.ts';
import type { ColorBy, SizeBy } from '../state/explore.ts';
import type { Store } from '../state/store.ts';
import { COMMUNITY_COLORS, OTHER_COMMUNITY } from '../render/metrics.ts';
import './tools.css';

const SIZE_LABEL: Record<SizeBy, string> = {
  relations: 'Relations',
  mentions: 'Mentions',
  betweenness: 'Betweenness',
};
const COLOR_LABEL: Record<ColorBy, string> = { type: 'Type', community: 'Community (Louvain)' };

function select<T extends string>(
  testid: string,
  label: string,
  values: readonly T[],
  names: Record<T, string>,
  onChange: (v: T) => void,
): HTMLSelectElement {
  const el = h(
    'select',
    { class: 'text-input', testid, attrs: { 'aria-label': label } },
    ...values.map((v) => h('option', { attrs: { value: v } }, names[v])),
  );
  el.addEventListener('change', () => onChange(el.value as T));
  return el;
}

export function metricControls(store: Store): HTMLElement {
  const size = select('size-by', 'Size nodes by', SIZE_BY, SIZE_LABEL, (v) => store.set({ sizeBy: v }));
  const color = select('color-by', 'Colour nodes by', COLOR_BY, COLOR_LABEL, (v) =>
    store.set({ colorBy: v }),
  );
  // The community key: colours by community size rank, the rest grey.
  const key = h(
    'div',
    { class: 'hide-row small', testid: 'community-key' },
    ...COMMUNITY_COLORS.slice(0, 5).map((c, i) => h('span', {}, swatch(c), ` ${i + 1}`)),
    h('span', {}, swatch(OTHER_COMMUNITY), ' other'),
  );
  const render = (): void => {
    size.value = store.state.sizeBy;
    color.value = store.state.colorBy;
    key.hidden = store.state.colorBy !== 'community';
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('sizeBy') || changed.has('colorBy')) render();
  });
  return h(
    'section',
    { class: 'wb-tool', testid: 'metrics' },
    h('h3', {}, 'Size and colour'),
    h('label', { class: 'num-row small' }, 'Size by ', size),
    h('label', { class: 'num-row small' }, 'Colour by ', color),
    key,
  );
}
