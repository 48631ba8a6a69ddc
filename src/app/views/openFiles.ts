import { h } from '../dom.ts';
import { fileKind, readGraphFiles } from '../io/open.ts';
import type { InputFile } from '../io/open.ts';
import type { Store } from '../state/store.ts';
import { ArticleAdder } from './articleAdder.ts';
import type { Notice } from './notice.ts';

/** A file the browser cannot read (a dropped folder, a file removed meanwhile) is a problem, not a throw. */
async function toInput(file: File): Promise<InputFile | string> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Graph files are UTF-8 by definition; article bytes go to the article reader, which detects encodings.
    return { name: file.name, text: new TextDecoder('utf-8').decode(bytes), bytes };
  } catch (e) {
    return `${file.name}: could not be read (${(e as Error).message || 'a folder?'}), skipped`;
  }
}

/**
 * Graph files replace the graph, all or nothing: a bad one leaves the graph on screen as it was. Article
 * files and pasted text go to the extractor worker (views/articleAdder.ts) and merge into the graph.
 */
export async function ingest(
  store: Store,
  notice: Notice,
  adder: ArticleAdder,
  inputs: (InputFile | string)[],
  pasted: string[] = [],
): Promise<void> {
  const unread = inputs.filter((f): f is string => typeof f === 'string');
  const files = inputs.filter((f): f is InputFile => typeof f !== 'string');
  const graphFiles = files.filter((f) => fileKind(f.name, f.text) !== 'articles');
  const articleFiles = files.filter((f) => fileKind(f.name, f.text) === 'articles');
  if (graphFiles.length) {
    try {
      const graph = await readGraphFiles(graphFiles);
      store.set({ graph, source: graphFiles[0].name, selection: null, article: null });
      notice.info(
        `Opened ${graphFiles.map((f) => f.name).join(', ')}: ${graph.order} nodes, ${graph.size} edges`,
      );
    } catch (e) {
      notice.error(`Could not open ${(e as Error).message}. The graph was left as it was.`);
      return;
    }
  }
  const texts = pasted.filter((t) => t.trim());
  if (articleFiles.length || texts.length) {
    const sources = [
      ...articleFiles.map((f) => ({ name: f.name, bytes: f.bytes ?? new TextEncoder().encode(f.text) })),
      ...texts.map((text, i) => ({ name: `pasted-${i + 1}.txt`, text })),
    ];
    await adder.add(sources, unread);
  } else if (unread.length)
    notice.error(unread.length === 1 ? unread[0] : 'Some files could not be read.', unread);
}

/** The "Open" and "Add articles" buttons, the paste dialog and drag-and-drop onto the page. */
export function openControls(store: Store, notice: Notice): HTMLElement {
  const adder = new ArticleAdder(store, notice);
  const picker = h('input', {
    testid: 'file-input',
    attrs: {
      type: 'file',
      multiple: '',
      accept: '.json,.gexf,.graphml,.xml,.txt,.md,.html,.htm,.jsonl',
      'aria-label': 'Open files',
    },
  });
  picker.hidden = true;
  picker.addEventListener('change', async () => {
    const files = await Promise.all([...(picker.files ?? [])].map(toInput));
    picker.value = '';
    await ingest(store, notice, adder, files);
  });

  const text = h('textarea', {
    testid: 'paste-text',
    attrs: {
      rows: '12',
      placeholder: 'Paste the text of one article here (title on the first line).',
      'aria-label': 'Article text',
    },
  });
  const dialog = h(
    'dialog',
    { class: 'paste-dialog', testid: 'paste-dialog' },
    h(
      'form',
      {
        attrs: { method: 'dialog' },
        on: {
          submit: (ev) => {
            const submitter = (ev as SubmitEvent).submitter as HTMLButtonElement | null;
            if (submitter?.value !== 'extract') return;
            const value = text.value;
            text.value = '';
            void ingest(store, notice, adder, [], [value]);
          },
        },
      },
      h('h2', {}, 'Add an article'),
      h(
        'p',
        { class: 'muted' },
        'The extractor runs in your browser; the result merges into the graph. You can also drop .txt, .md, .html or .jsonl files anywhere on the page.',
      ),
      text,
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { class: 'button', attrs: { value: 'cancel' } }, 'Cancel'),
        h(
          'button',
          { class: 'button primary', testid: 'paste-extract', attrs: { value: 'extract' } },
          'Extract and add',
        ),
      ),
    ),
  );

  const overlay = h(
    'div',
    { class: 'drop-overlay', testid: 'drop-overlay' },
    h('div', {}, 'Drop a graph file (JSON, GEXF, GraphML) or articles'),
  );
  overlay.hidden = true;
  let depth = 0;
  window.addEventListener('dragenter', (ev) => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (ev) => ev.preventDefault());
  window.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = await Promise.all([...(ev.dataTransfer?.files ?? [])].map(toInput));
    if (files.length) await ingest(store, notice, adder, files);
  });

  return h(
    'div',
    { class: 'open-controls' },
    h(
      'button',
      {
        class: 'button',
        testid: 'open-button',
        attrs: { type: 'button' },
        on: { click: () => picker.click() },
      },
      'Open…',
    ),
    h(
      'button',
      {
        class: 'button',
        testid: 'add-articles',
        attrs: { type: 'button' },
        on: {
          click: () => {
            dialog.showModal();
            adder.warm();
          },
        },
      },
      'Add article',
    ),
    picker,
    dialog,
    overlay,
    adder.progress.root,
  );
}
