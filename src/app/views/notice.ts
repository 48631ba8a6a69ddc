import { clear, h } from '../dom.ts';

/** One line of feedback under the top bar: errors stay until dismissed, infos fade. */
export class Notice {
  readonly root = h('div', { class: 'notice-host' });
  private timer: ReturnType<typeof setTimeout> | undefined;

  error(message: string, details: string[] = []): void {
    this.show('error', message, details);
  }

  info(message: string): void {
    this.show('info', message, []);
    this.timer = setTimeout(() => this.clear(), 6000);
  }

  /** A message with one action (e.g. undo or discard); it stays until dismissed or acted on. */
  action(message: string, label: string, fn: () => void): void {
    this.show('info', message, []);
    const button = h(
      'button',
      {
        class: 'link-button notice-action',
        testid: 'notice-action',
        attrs: { type: 'button' },
        on: {
          click: () => {
            this.clear();
            fn();
          },
        },
      },
      label,
    );
    this.root.querySelector('.notice-text')?.after(button);
  }

  clear(): void {
    clearTimeout(this.timer);
    clear(this.root);
  }

  private show(kind: 'error' | 'info', message: string, details: string[]): void {
    this.clear();
    const close = h(
      'button',
      {
        class: 'notice-x',
        attrs: { type: 'button', 'aria-label': 'Dismiss' },
        on: { click: () => this.clear() },
      },
      '×',
    );
    this.root.appendChild(
      h(
        'div',
        {
          class: `notice notice-${kind}`,
          testid: kind === 'error' ? 'error' : 'status',
          attrs: { role: kind === 'error' ? 'alert' : 'status' },
        },
        h('span', { class: 'notice-text' }, message),
        details.length > 1
          ? h(
              'details',
              {},
              h('summary', {}, `${details.length} problems`),
              h('ul', {}, ...details.slice(0, 20).map((d) => h('li', {}, d))),
            )
          : null,
        close,
      ),
    );
  }
}
