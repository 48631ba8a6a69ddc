import { h } from '../dom.ts';

/**
 * On narrow screens the filters column is a drawer over the graph (CSS decides when): this button opens and
 * closes it, Escape or a click on the graph closes it. `body[data-drawer]` carries the state for the CSS.
 */
export function filtersDrawerButton(): {
  button: HTMLElement;
  closeButton: HTMLElement;
  close: () => boolean;
} {
  const set = (open: boolean): void => {
    if (open) document.body.dataset.drawer = 'filters';
    else delete document.body.dataset.drawer;
    button.setAttribute('aria-expanded', String(open));
  };
  const button = h(
    'button',
    {
      class: 'button drawer-toggle',
      testid: 'toggle-filters',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'sidebar' },
      on: { click: () => set(document.body.dataset.drawer !== 'filters') },
    },
    '☰ Filters',
  );
  /** Closes the drawer; true if it was open. */
  const close = (): boolean => {
    if (document.body.dataset.drawer !== 'filters') return false;
    set(false);
    return true;
  };
  // Inside the drawer, which covers the top bar on a phone.
  const closeButton = h(
    'button',
    {
      class: 'link-button drawer-close',
      testid: 'close-filters',
      attrs: { type: 'button', 'aria-label': 'Close filters' },
      on: { click: () => set(false) },
    },
    '× Close',
  );
  return { button, closeButton, close };
}
