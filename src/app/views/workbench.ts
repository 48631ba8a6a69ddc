// Mounts the table (over the stage), shortest path, size and colour, time range, declutter, saved views
// (sidebar), expanding (top of the details panel) and curation (details panel) views: one call from main.ts, so the page's own wiring stays small.
import { h } from '../dom.ts';
import { Curation } from '../state/curation.ts';
import type { Store } from '../state/store.ts';
import { curationView } from './curation.ts';
import { declutterView } from './declutter.ts';
import { exploreView } from './explore.ts';
import { metricControls } from './metricControls.ts';
import { pathView } from './pathView.ts';
import { savedViewsView } from './savedViews.ts';
import { tableView } from './table.ts';
import { timeRangeView } from './timeRange.ts';

export function mountWorkbench(store: Store, sidebar: HTMLElement, panel: HTMLElement): Curation {
  const curation = new Curation(store);
  const tools: HTMLElement[] = [
    pathView(store),
    metricControls(store),
    timeRangeView(store),
    declutterView(store),
    savedViewsView(),
  ];
  const stage = sidebar.ownerDocument.querySelector<HTMLElement>('.stage');
  if (stage) {
    const table = tableView(store);
    stage.append(table.overlay);
    tools.unshift(h('div', { class: 'wb-tool curation-row' }, table.toggle));
  }
  // Right after the filters, which they extend; at the end if the filters are not there.
  const filters = sidebar.querySelector('[data-testid="filters"]');
  if (filters) filters.after(...tools);
  else sidebar.append(...tools);
  panel.prepend(exploreView(store));
  panel.append(curationView(store, curation));
  return curation;
}
