import { h } from '../dom.ts';
import type { GraphView } from '../render/renderer.ts';

/** Floating controls on the graph: ForceAtlas2 start/stop, zoom. */
export function layoutToolbar(view: GraphView): HTMLElement {
  const toggle = h(
    'button',
    {
      class: 'tool',
      testid: 'layout-toggle',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      title: 'Run ForceAtlas2 (in a web worker); stopping removes overlaps',
      on: { click: () => view.layout.toggle() },
    },
    '▶ Layout',
  );
  view.onLayoutChange((running) => {
    toggle.textContent = running ? '■ Stop layout' : '▶ Layout';
    toggle.setAttribute('aria-pressed', String(running));
    toggle.classList.toggle('on', running);
  });
  const tool = (label: string, title: string, fn: () => void, testid: string): HTMLElement =>
    h(
      'button',
      { class: 'tool', testid, title, attrs: { type: 'button', 'aria-label': title }, on: { click: fn } },
      label,
    );
  return h(
    'div',
    { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph controls' } },
    toggle,
    tool('+', 'Zoom in', () => view.zoom(1.5), 'zoom-in'),
    tool('−', 'Zoom out', () => view.zoom(1 / 1.5), 'zoom-out'),
    tool('⤢', 'Fit the graph', () => view.zoom('reset'), 'zoom-reset'),
  );
}
