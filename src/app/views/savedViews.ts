// Saved views: a name for the current address (filters, time range, selection, graph), kept in
// localStorage; reopening one replays it through the page's own popstate handling.
import { clear, h } from '../dom.ts';
import { safeStorage } from '../state/curation.ts';
import './tools.css';

const KEY = 'newsgraph:views';

export interface SavedView {
  name: string;
  query: string;
}

function readViews(storage: Storage | null): SavedView[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(data)
      ? data.filter(
          (v): v is SavedView =>
            typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.query === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function savedViewsView(storage: Storage | null = safeStorage()): HTMLElement {
  let views = readViews(storage);
  const name = h('input', {
    class: 'text-input',
    testid: 'view-name',
    attrs: { type: 'text', placeholder: 'Name this view', 'aria-label': 'View name' },
  });
  const list = h('ul', { testid: 'saved-views' });
  const write = (): void => {
    try {
      storage?.setItem(KEY, JSON.stringify(views));
    } catch {
      // storage full or blocked: the list lives for this page only
    }
    render();
  };
  const open = (v: SavedView): void => {
    history.pushState(null, '', v.query || location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
  };
  const save = (): void => {
    const n = name.value.trim();
    if (!n) return;
    views = [...views.filter((v) => v.name !== n), { name: n, query: location.search }];
    name.value = '';
    write();
  };
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') save();
  });
  const render = (): void => {
    clear(list);
    for (const v of views) {
      list.appendChild(
        h(
          'li',
          { attrs: { 'data-name': v.name } },
          h(
            'button',
            {
              class: 'link-button',
              testid: `view-open-${v.name}`,
              title: v.query || '(everything)',
              attrs: { type: 'button' },
              on: { click: () => open(v) },
            },
            v.name,
          ),
          h(
            'button',
            {
              class: 'small-button danger',
              testid: `view-delete-${v.name}`,
              attrs: { type: 'button', 'aria-label': `Delete view ${v.name}` },
              on: {
                click: () => {
                  views = views.filter((x) => x !== v);
                  write();
                },
              },
            },
            '×',
          ),
        ),
      );
    }
    if (!views.length) list.appendChild(h('li', { class: 'muted' }, 'No saved views yet.'));
  };
  render();
  return h(
    'section',
    { class: 'facet wb-tool saved-views', testid: 'saved-views-section' },
    h('h3', {}, 'Saved views'),
    h(
      'div',
      { class: 'save-row' },
      name,
      h(
        'button',
        { class: 'small-button', testid: 'view-save', attrs: { type: 'button' }, on: { click: save } },
        'Save',
      ),
    ),
    list,
  );
}
