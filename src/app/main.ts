import './styles.css';
import { createNewsGraph, parseGraph } from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';
import { h } from './dom.ts';
import { canvasToPng, drawnPixels } from './render/png.ts';
import { publicationCanvas, publishInfo } from './render/publish.ts';
import { GraphView, markAfterPaint } from './render/renderer.ts';
import { Store } from './state/store.ts';
import { readUrl } from './state/url.ts';
import { articleView } from './views/article.ts';
import { countsView } from './views/counts.ts';
import { detailsView } from './views/details.ts';
import { filtersDrawerButton } from './views/drawers.ts';
import { exportMenu } from './views/exportMenu.ts';
import { filtersView } from './views/filters.ts';
import { isolatedToggle } from './views/isolated.ts';
import { legendView } from './views/legend.ts';
import { noMatchView } from './views/noMatch.ts';
import { keepPlace } from './views/place.ts';
import { Notice } from './views/notice.ts';
import { openControls } from './views/openFiles.ts';
import { searchView } from './views/search.ts';
import { layoutToolbar } from './views/toolbar.ts';
import { mountWorkbench } from './views/workbench.ts';
import { installTestHooks } from './testHooks.ts';
import { graphUrlFromServer } from './io/server.ts';
import { discardAdded, keptGraph } from './io/kept.ts';

const DEFAULT_GRAPH = './graph.json';

async function loadGraph(url: string): Promise<NewsGraph> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`could not fetch ${url} (${(e as Error).message})`, { cause: e });
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`.trim());
  const text = await res.text();
  performance.mark('newsgraph:fetched');
  const graph = parseGraph(text);
  performance.mark('newsgraph:parsed');
  return graph;
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const url = readUrl(location.search);
  // Served by `newsgraph serve`: the store's overview (or the address's filter) rather than graph.json.
  const graphUrl = url.graphUrl ?? (await graphUrlFromServer(location.search)) ?? DEFAULT_GRAPH;
  const notice = new Notice();

  let graph: NewsGraph;
  let loadError: string | null = null;
  let kept: Awaited<ReturnType<typeof keptGraph>> = null;
  try {
    graph = await loadGraph(graphUrl);
    // Articles the reader added to this file earlier, kept in the browser (io/kept.ts).
    kept = await keptGraph(graphUrl, graph);
    if (kept) graph = kept.graph;
  } catch (e) {
    graph = createNewsGraph();
    loadError = (e as Error).message;
  }

  const store = new Store(graph, graphUrl, url.filter, url.view);
  if (url.selection) store.set({ selection: url.selection });

  const stage = h('main', { class: 'stage', attrs: { 'aria-label': 'Graph' } });
  const canvasHost = h('div', { class: 'sigma', testid: 'graph' });
  const empty = h('div', { class: 'empty', testid: 'empty' });
  stage.append(canvasHost, empty);
  const panel = h('aside', { class: 'panel', testid: 'panel', attrs: { 'aria-label': 'Details' } });
  const sidebar = h('aside', {
    class: 'sidebar',
    attrs: { id: 'sidebar', 'aria-label': 'Search and filters' },
  });
  const drawer = filtersDrawerButton();
  const header = h('header', { class: 'topbar' });
  root.append(header, h('div', { class: 'body' }, sidebar, stage, panel), notice.root);

  // Views are bound to the renderer late: sigma is created last, once the page has its final layout,
  // since it measures its container when it starts.
  let view: GraphView | null = null;
  const focus = (key: string): void => view?.focusNode(key);
  header.append(
    drawer.button,
    h('div', { class: 'brand' }, h('span', { class: 'logo', attrs: { 'aria-hidden': 'true' } }), 'newsgraph'),
    countsView(store),
    h('div', { class: 'spacer' }),
    openControls(store, notice),
    exportMenu(
      store,
      notice,
      () => canvasToPng(publicationCanvas(view!.sigma, publishInfo(store))),
      (key) => view?.position(key),
    ),
  );
  sidebar.append(drawer.closeButton, searchView(store, focus), filtersView(store), legendView());
  const details = detailsView(store, focus);
  const article = articleView(store, focus);
  panel.append(details, article);
  mountWorkbench(store, sidebar, panel); // time, declutter, saved views, curation (issue 17)

  performance.mark('newsgraph:views');
  const graphView = new GraphView(canvasHost, store);
  performance.mark('newsgraph:renderer');
  view = graphView;
  stage.append(layoutToolbar(graphView), noMatchView(store), isolatedToggle(store));
  stage.addEventListener('pointerdown', () => drawer.close());

  const renderEmpty = (): void => {
    const { graph: g } = store.state;
    empty.hidden = g.order > 0;
    empty.textContent = loadError
      ? `No graph loaded — ${loadError}. Run "npm start" to extract the seed articles, or open a graph file.`
      : 'This graph is empty. Open a graph file or add articles.';
  };
  renderEmpty();
  if (loadError) notice.error(`Could not load the graph: ${loadError}`);
  else if (kept)
    notice.action(
      `Restored ${kept.articles} article${kept.articles === 1 ? '' : 's'} you added in this browser.`,
      'Discard them',
      () => void discardAdded(graphUrl).then(() => location.reload()),
    );
  store.subscribe((_s, changed) => {
    if (changed.has('graphVersion')) {
      loadError = null;
      renderEmpty();
    }
  });
  // History entries for view changes (the address bar reproduces the view), Escape, the reader's place.
  keepPlace({
    store,
    panel,
    details,
    article,
    graphUrl,
    graphFromUrl: url.graphUrl !== null,
    closeDrawer: drawer.close,
  });

  markAfterPaint('newsgraph:first-frame');
  if (url.selection?.kind === 'node') focus(url.selection.key);

  installTestHooks({ store, view: graphView, drawnPixels: () => drawnPixels(graphView.sigma) });
  document.body.dataset.ready = 'true';
}

void main();
