import { filterToParams } from '../../graph/index.ts';
import { sameExplore } from '../state/explore.ts';
import type { ExploreView } from '../state/explore.ts';
import type { AppState, Store } from '../state/store.ts';
import { readUrl, writeUrl } from '../state/url.ts';

const exploreOf = (s: AppState): ExploreView => ({
  explore: s.explore,
  path: s.path,
  sizeBy: s.sizeBy,
  colorBy: s.colorBy,
});
const EXPLORE_KEYS = ['explore', 'path', 'sizeBy', 'colorBy'] as const;

export interface PlaceDeps {
  store: Store;
  /** The scrolling side panel and its two faces. */
  panel: HTMLElement;
  details: HTMLElement;
  article: HTMLElement;
  /** The graph address as the page was opened with (kept in the URL only when it came from there). */
  graphUrl: string;
  graphFromUrl: boolean;
  closeDrawer: () => boolean;
}

/**
 * Keeps the reader's place: every view change (filter, selection, article) is a browser history entry, so
 * Back and Forward walk through them; the reader opened from the evidence list returns to the same scroll
 * position; Escape closes what is open, innermost first.
 */
export function keepPlace(d: PlaceDeps): void {
  const { store, panel, details, article } = d;
  // The app restores its own scroll positions; the browser's would fight them on Back.
  history.scrollRestoration = 'manual';
  let saved: { panel: number; page: number } | null = null;
  // Where the reader was, recorded as it scrolls: by the time the article is set, views re-rendering in
  // the same change may already have moved the panel.
  let last = { panel: panel.scrollTop, page: window.scrollY };
  const record = (): void => {
    if (!store.state.article) last = { panel: panel.scrollTop, page: window.scrollY };
  };
  panel.addEventListener('scroll', record, { passive: true });
  window.addEventListener('scroll', record, { passive: true });

  const renderPanel = (): void => {
    const reading = store.state.article !== null;
    if (reading && !details.hidden) saved = last;
    details.hidden = reading;
    article.hidden = !reading;
    if (!reading && saved) {
      panel.scrollTop = saved.panel;
      window.scrollTo(0, saved.page);
      saved = null;
    }
  };
  const initial = readUrl(location.search);
  if (initial.article) store.set({ article: initial.article });
  renderPanel();

  let restoring = false;
  store.subscribe((s, changed) => {
    if (changed.has('article')) renderPanel();
    if (restoring) return;
    const view =
      changed.has('filter') ||
      changed.has('selection') ||
      changed.has('article') ||
      EXPLORE_KEYS.some((k) => changed.has(k));
    if (!view && !changed.has('source')) return;
    const q = writeUrl(
      s.source === d.graphUrl && d.graphFromUrl ? d.graphUrl : null,
      s.filter,
      s.selection,
      s.article,
      exploreOf(s),
    );
    if (q === location.search) return;
    // Closing a reader opened here is going back: the entry before it is the place the reader came from.
    const reader = (history.state as { reader?: boolean } | null)?.reader === true;
    if (
      changed.has('article') &&
      !s.article &&
      reader &&
      !changed.has('filter') &&
      !changed.has('selection')
    ) {
      history.back();
      return;
    }
    // A new view is a new history entry; a new graph source only rewrites the address.
    if (view) history.pushState({ reader: s.article !== null }, '', q || location.pathname);
    else history.replaceState(history.state, '', q || location.pathname);
  });
  window.addEventListener('popstate', () => {
    const u = readUrl(location.search);
    const now = store.state;
    // Only what differs is set: re-setting an equal filter would rebuild the panels and lose their scroll.
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    const patch: Partial<typeof now> = {};
    if (filterToParams(u.filter).toString() !== filterToParams(now.filter).toString())
      patch.filter = u.filter;
    if (!same(u.selection, now.selection)) patch.selection = u.selection;
    if (!same(u.article, now.article)) patch.article = u.article;
    if (!sameExplore(u.view, exploreOf(now))) Object.assign(patch, u.view);
    restoring = true;
    try {
      store.set(patch);
    } finally {
      restoring = false;
    }
  });

  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    const t = ev.target as HTMLElement | null;
    // A field handles its own Escape (an autocomplete closes its list).
    if (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    const menu = document.querySelector<HTMLDetailsElement>('details.menu[open]');
    if (menu) menu.open = false;
    else if (d.closeDrawer()) return;
    else if (store.state.article) store.set({ article: null });
    else if (store.state.selection) store.set({ selection: null });
  });
}
