import { h } from '../dom.ts';
import { cloneGraph, fileKind, readGraphFiles } from '../io/open.ts';
import type { InputFile } from '../io/open.ts';
import type { Store } from '../state/store.ts';
import type { Notice } from './notice.ts';
import { keepAdded } from '../io/kept.ts';

async function toInput(file: File): Promise<InputFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Graph files are UTF-8 by definition; article bytes go to the article reader, which detects encodings.
  return { name: file.name, text: new TextDecoder('utf-8').decode(bytes), bytes };
}

/**
 * Graph files replace the graph; article files and pasted text run through the extractor (loaded on
 * demand) and merge into it. Nothing changes on screen unless everything read cleanly.
 */
export async function ingest(
  store: Store,
  notice: Notice,
  files: InputFile[],
  pasted: string[] = [],
): Promise<void> {
  const graphFiles = files.filter((f) => fileKind(f.name, f.text) !== 'articles');
  const articleFiles = files.filter((f) => fileKind(f.name, f.text) === 'articles');
  try {
    if (graphFiles.length) {
      const graph = await readGraphFiles(graphFiles);
      store.set({ graph, source: graphFiles[0].name, selection: null, article: null });
      notice.info(
        `Opened ${graphFiles.map((f) => f.name).join(', ')}: ${graph.order} nodes, ${graph.size} edges`,
      );
    }
    if (articleFiles.length || pasted.some((t) => t.trim())) {
      notice.info('Extracting…');
      const { extractInto } = await import('../io/extractor.ts');
      const before = store.state.graph;
      const result = await extractInto(cloneGraph(before), articleFiles, pasted);
      if (result.articles === 0) {
        notice.error(
          result.problems.length === 1 ? result.problems[0] : 'No new article could be read.',
          result.problems,
        );
        return;
      }
      store.set({ graph: result.graph });
      // Kept in the browser until discarded: a reload does not lose the reader's additions.
      void keepAdded(store.state.source, before, result.graph).catch(() => undefined);
      const grown = `${result.graph.order - before.order} new nodes, ${result.graph.size - before.size} new edges`;
      if (result.problems.length)
        notice.error(
          `Added ${result.articles} article(s) (${grown}); some input was skipped.`,
          result.problems,
        );
      else notice.info(`Added ${result.articles} article(s): ${grown}`);
    }
  } catch (e) {
    notice.error(`Could not open: ${(e as Error).message}. The graph was left as it was.`);
  }
}

/** The "Open" and "Add articles" buttons, the paste dialog and drag-and-drop onto the page. */
export function openControls(store: Store, notice: Notice): HTMLElement {
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
    await ingest(store, notice, files);
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
            void ingest(store, notice, [], [value]);
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
    if (files.length) await ingest(store, notice, files);
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
        on: { click: () => dialog.showModal() },
      },
      'Add article',
    ),
    picker,
    dialog,
    overlay,
  );
}
