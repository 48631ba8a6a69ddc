// The time filter: a timeline of articles per month (a bar picks its month) and two date inputs, editing
// GraphFilter.from/to — the same fields `newsgraph export --from --to` takes and the URL carries.
import { articlesInRange } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import { monthsOf } from '../state/months.ts';
import type { Store } from '../state/store.ts';
import { patchFilter } from './filterPatch.ts';
import './tools.css';

/** A filter date as a date input shows it: a month starts on its first day (from) or ends on its last (to). */
function inputValue(date: string | undefined, end: boolean): string {
  if (!date) return '';
  if (date.length >= 10) return date.slice(0, 10);
  const [y, m] = [Number(date.slice(0, 4)), date.length >= 7 ? Number(date.slice(5, 7)) : end ? 12 : 1];
  const day = end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function timeRangeView(store: Store): HTMLElement {
  const bars = h('div', { class: 'timeline', testid: 'timeline' });
  const dateInput = (testid: string, label: string, field: 'from' | 'to'): HTMLInputElement =>
    h('input', {
      class: 'date-input',
      testid,
      attrs: { type: 'date', 'aria-label': label },
      on: {
        change: (e) => patchFilter(store, { [field]: (e.target as HTMLInputElement).value || undefined }),
      },
    });
  const from = dateInput('time-from', 'From date', 'from');
  const to = dateInput('time-to', 'To date', 'to');
  const clearBtn = h(
    'button',
    {
      class: 'link-button',
      testid: 'time-clear',
      attrs: { type: 'button' },
      on: { click: () => patchFilter(store, { from: undefined, to: undefined }) },
    },
    'All dates',
  );
  const summary = h('p', { class: 'muted small', testid: 'time-summary' });

  const render = (): void => {
    const { graph, filter } = store.state;
    const articles = graph.getAttribute('articles');
    const months = monthsOf(articles);
    const top = Math.max(1, ...months.values());
    const inside = articlesInRange(articles, filter);
    clear(bars);
    for (const [month, n] of months) {
      const on = filter.from === month && filter.to === month;
      const bar = h(
        'button',
        {
          class: `bar${on ? ' on' : ''}`,
          testid: `timeline-${month}`,
          title: `${month}: ${n} article${n === 1 ? '' : 's'}`,
          attrs: { type: 'button', 'aria-pressed': String(on), 'data-count': String(n) },
          on: {
            click: () =>
              patchFilter(store, on ? { from: undefined, to: undefined } : { from: month, to: month }),
          },
        },
        h('span', { class: 'bar-fill' }),
        h('span', { class: 'bar-label' }, month.slice(2).replace('-', '/')),
      );
      (bar.firstChild as HTMLElement).style.height = `${Math.round((n / top) * 100)}%`;
      bars.appendChild(bar);
    }
    bars.hidden = months.size === 0;
    from.value = inputValue(filter.from, false);
    to.value = inputValue(filter.to, true);
    const dated = articles.filter((a) => a.date).length;
    summary.textContent = inside
      ? `${inside.size} of ${articles.length} articles in range`
      : `${dated} of ${articles.length} articles dated`;
    clearBtn.disabled = filter.from === undefined && filter.to === undefined;
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('filter') || changed.has('graphVersion')) render();
  });
  return h(
    'section',
    { class: 'facet wb-tool', testid: 'time-range' },
    h('h3', {}, 'Time', clearBtn),
    bars,
    h('div', { class: 'date-row' }, from, h('span', { class: 'muted' }, '–'), to),
    summary,
  );
}
