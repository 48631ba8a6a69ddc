import type { Store } from '../state/store.ts';
import { SearchIndex } from '../state/search.ts';
import { autocomplete } from './autocomplete.ts';

/** The search box: labels and aliases; picking a hit selects the node and centres the camera on it. */
export function searchView(store: Store, focus: (key: string) => void): HTMLElement {
  // Built on the first keystroke, not at start: it is not needed for the first frame.
  let index: SearchIndex | null = null;
  store.subscribe((_s, changed) => {
    if (changed.has('graphVersion')) index = null;
  });
  const { root } = autocomplete({
    placeholder: 'Search people, places, organisations…',
    label: 'Search nodes',
    testid: 'search',
    search: (q) => (index ??= new SearchIndex(store.state.graph)).search(q, 12),
    isHidden: (key) => !store.state.visible.nodes.has(key),
    onPick: (hit) => {
      store.set({ selection: { kind: 'node', key: hit.key } });
      focus(hit.key);
    },
  });
  root.classList.add('search');
  return root;
}
