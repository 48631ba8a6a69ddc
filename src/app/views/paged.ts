import { h } from '../dom.ts';

/**
 * A list that renders `first` items and a "Show more" button for the next `step`: a hub with thousands of
 * evidence items costs a few dozen elements until the reader asks for more.
 */
export function pagedList<T>(
  items: readonly T[],
  render: (item: T) => HTMLElement,
  opts: { first: number; step: number; cls: string; noun: string; testid?: string },
): HTMLElement {
  const list = h('ul', { class: opts.cls, testid: opts.testid });
  let shown = 0;
  const more = h('button', {
    class: 'link-button small more',
    testid: 'show-more',
    attrs: { type: 'button' },
    on: { click: () => showUpTo(shown + opts.step) },
  });
  const showUpTo = (n: number): void => {
    const end = Math.min(n, items.length);
    for (let i = shown; i < end; i++) list.appendChild(render(items[i]));
    shown = end;
    const left = items.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(opts.step, left)} more ${opts.noun} (${left} not shown)`;
  };
  showUpTo(opts.first);
  return h('div', { class: 'paged' }, list, more);
}
