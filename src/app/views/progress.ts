import { h } from '../dom.ts';
import type { Progress } from '../io/addArticles.ts';
import './progress.css';

const PHASE: Record<Progress['phase'], string> = {
  reading: 'Reading file',
  extracting: 'Extracting article',
  merging: 'Merging',
};

/** The extraction under way: which article of how many, its name, and a Cancel button. */
export class ProgressView {
  private readonly text = h('span', { class: 'extract-progress-text', testid: 'extract-progress-text' });
  private readonly name = h('span', { class: 'extract-progress-name', testid: 'extract-progress-name' });
  private readonly bar = h('progress', { attrs: { max: '1', value: '0' } });
  private readonly cancelButton: HTMLButtonElement;
  readonly root: HTMLElement;

  constructor(onCancel: () => void) {
    this.cancelButton = h(
      'button',
      { class: 'button', testid: 'extract-cancel', attrs: { type: 'button' }, on: { click: onCancel } },
      'Cancel',
    );
    this.root = h(
      'div',
      {
        class: 'extract-progress',
        testid: 'extract-progress',
        attrs: { role: 'status', 'aria-live': 'polite' },
      },
      h('div', { class: 'extract-progress-lines' }, this.text, this.name, this.bar),
      this.cancelButton,
    );
    this.root.hidden = true;
  }

  show(p: Progress): void {
    this.root.hidden = false;
    this.root.dataset.phase = p.phase;
    this.root.dataset.n = String(p.n);
    this.root.dataset.total = String(p.total);
    this.text.textContent =
      p.phase === 'merging'
        ? `Merging ${p.total} article${p.total === 1 ? '' : 's'} into the graph…`
        : `${PHASE[p.phase]} ${p.n} of ${p.total}`;
    // A pasted text's title is its first line, which can be the whole text: only its start is shown.
    const name = p.name.length > 160 ? `${p.name.slice(0, 159)}…` : p.name;
    this.name.textContent = name;
    this.name.title = name;
    // Articles done so far, so the bar moves when one finishes rather than when it starts.
    this.bar.max = Math.max(1, p.total);
    this.bar.value = p.phase === 'merging' ? p.total : p.n - 1;
  }

  hide(): void {
    this.root.hidden = true;
  }
}
