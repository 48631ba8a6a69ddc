import { ontology } from '../../graph/index.ts';
import type { EntityType } from '../../graph/index.ts';
import { clear, h, swatch } from '../dom.ts';
import type { SearchHit } from '../state/search.ts';

export interface AutocompleteOptions {
  placeholder: string;
  testid: string;
  label: string;
  search: (q: string) => SearchHit[];
  onPick: (hit: SearchHit) => void;
  /** Marks hits the current filter hides. */
  isHidden?: (key: string) => boolean;
}

let uid = 0;

/** A combobox: type, arrow through the suggestions, Enter or click to pick. Suggestions are text only. */
export function autocomplete(opts: AutocompleteOptions): { root: HTMLElement; input: HTMLInputElement } {
  const listId = `ac-list-${++uid}`;
  const input = h('input', {
    class: 'ac-input',
    testid: opts.testid,
    attrs: {
      type: 'search',
      placeholder: opts.placeholder,
      role: 'combobox',
      'aria-label': opts.label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = h('ul', {
    class: 'ac-list',
    testid: `${opts.testid}-results`,
    attrs: { id: listId, role: 'listbox' },
  });
  list.hidden = true;
  let hits: SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    close();
    input.value = hit.label;
    opts.onPick(hit);
  };
  const render = (): void => {
    clear(list);
    hits.forEach((hit, i) => {
      const color = ontology.entityTypes[hit.type as EntityType]?.color ?? '#999';
      const item = h(
        'li',
        {
          class: `ac-item${i === active ? ' active' : ''}${opts.isHidden?.(hit.key) ? ' hidden-by-filter' : ''}`,
          attrs: { role: 'option', 'aria-selected': String(i === active), 'data-key': hit.key },
          // mousedown, not click: it fires before the input's blur closes the list.
          on: {
            mousedown: (ev) => {
              ev.preventDefault();
              pick(hit);
            },
          },
        },
        swatch(color),
        h('span', { class: 'ac-label' }, hit.label),
        hit.via ? h('span', { class: 'ac-via' }, hit.via) : null,
        h('span', { class: 'ac-type' }, ontology.entityTypes[hit.type as EntityType]?.label ?? hit.type),
      );
      list.appendChild(item);
    });
    if (hits.length === 0 && input.value.trim()) list.appendChild(h('li', { class: 'ac-empty' }, 'No match'));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  input.addEventListener('input', () => {
    hits = opts.search(input.value);
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(hits[Math.max(0, active)]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      hits = opts.search(input.value);
      render();
    }
  });

  return { root: h('div', { class: 'ac' }, input, list), input };
}
