import { isEmptyFilter } from '../../graph/index.ts';
import { h } from '../dom.ts';
import { downloadBlob } from '../io/download.ts';
import { UI_EXPORT_FORMATS, exportAndDownload } from '../io/exports.ts';
import type { UiExportFormat } from '../io/exports.ts';
import type { Store } from '../state/store.ts';
import type { Notice } from './notice.ts';

function baseName(source: string): string {
  const file = source.slice(source.lastIndexOf('/') + 1).replace(/[?#].*$/, '');
  const stem = file.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return stem || 'graph';
}

/** Export: whole graph or current view × JSON, GEXF, GraphML, CSV; PNG of the view. */
export function exportMenu(
  store: Store,
  notice: Notice,
  png: () => Promise<Blob>,
  positions?: (key: string) => { x: number; y: number } | undefined,
): HTMLElement {
  const run = async (scope: 'graph' | 'view', format: UiExportFormat): Promise<void> => {
    const { graph, filter, source } = store.state;
    const useFilter = scope === 'view' && !isEmptyFilter(filter);
    try {
      const names = await exportAndDownload(
        graph,
        useFilter ? filter : null,
        format,
        baseName(source) + (useFilter ? '-view' : ''),
        positions,
      );
      notice.info(`Downloaded ${names.join(' and ')}`);
    } catch (e) {
      notice.error(`Export failed: ${(e as Error).message}`);
    }
    menu.open = false;
  };
  const item = (scope: 'graph' | 'view', format: UiExportFormat, label: string): HTMLElement =>
    h(
      'button',
      {
        class: 'menu-item',
        testid: `export-${scope}-${format}`,
        attrs: { type: 'button', role: 'menuitem' },
        on: { click: () => void run(scope, format) },
      },
      label,
    );
  const pngItem = h(
    'button',
    {
      class: 'menu-item',
      testid: 'export-view-png',
      attrs: { type: 'button', role: 'menuitem' },
      on: {
        click: async () => {
          try {
            downloadBlob(`${baseName(store.state.source)}-view.png`, await png());
          } catch (e) {
            notice.error(`PNG export failed: ${(e as Error).message}`);
          }
          menu.open = false;
        },
      },
    },
    'PNG image (2×, legend)',
  );
  const menu = h(
    'details',
    { class: 'menu', testid: 'export-menu' },
    h('summary', { class: 'button', testid: 'export-button' }, 'Export'),
    h(
      'div',
      { class: 'menu-pop', attrs: { role: 'menu' } },
      h(
        'div',
        { class: 'menu-col' },
        h('h4', {}, 'Whole graph'),
        ...UI_EXPORT_FORMATS.map((f) => item('graph', f.id, f.label)),
      ),
      h(
        'div',
        { class: 'menu-col' },
        h('h4', {}, 'Current view'),
        ...UI_EXPORT_FORMATS.map((f) => item('view', f.id, f.label)),
        pngItem,
      ),
    ),
  );
  document.addEventListener('click', (ev) => {
    if (menu.open && !menu.contains(ev.target as Node)) menu.open = false;
  });
  menuKeys(menu);
  return menu;
}

/**
 * Keyboard use of a <details> menu: arrows move through the items (wrapping; Home and End jump), opening it
 * with the keyboard focuses the first item, Escape closes it and gives focus back to its button.
 */
function menuKeys(menu: HTMLDetailsElement): void {
  const items = (): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('.menu-item')];
  const summary = menu.querySelector('summary')!;
  summary.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      ev.stopPropagation();
      menu.open = true;
      items()[0]?.focus();
    }
  });
  menu.addEventListener('keydown', (ev) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    let next = -1;
    if (ev.key === 'ArrowDown') next = (at + 1) % list.length;
    else if (ev.key === 'ArrowUp') next = at <= 0 ? list.length - 1 : at - 1;
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = list.length - 1;
    else if (ev.key === 'Escape' && menu.open) {
      ev.preventDefault();
      menu.open = false;
      summary.focus();
      return;
    }
    if (next < 0 || !menu.open) return;
    ev.preventDefault();
    list[next]?.focus();
  });
}
