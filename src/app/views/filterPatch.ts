import type { GraphFilter } from '../../graph/index.ts';
import type { Store } from '../state/store.ts';

/** Sets some filter fields; undefined removes a field, so the URL never carries an empty one. */
export function patchFilter(store: Store, patch: Partial<GraphFilter>): void {
  const f: GraphFilter = { ...store.state.filter, ...patch };
  for (const k of Object.keys(f) as (keyof GraphFilter)[]) if (f[k] === undefined) delete f[k];
  store.set({ filter: f });
}
