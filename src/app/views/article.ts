import { ontology } from '../../graph/index.ts';
import type { ArticleMeta, NewsGraph } from '../../graph/index.ts';
import { clear, h } from '../dom.ts';
import type { Store } from '../state/store.ts';
import { mentionsInArticle } from '../text/evidence.ts';
import { markedText } from '../text/marks.ts';
import { findNames } from '../text/segments.ts';
import type { MarkRange } from '../text/segments.ts';

/** Marks for an article: recorded mentions, else the names of the nodes that cite it, found as words. */
function articleMarks(graph: NewsGraph, a: ArticleMeta, text: string): MarkRange[] {
  const recorded = mentionsInArticle(graph, a.id);
  if (recorded.length) return recorded;
  const out: MarkRange[] = [];
  graph.forEachNode((node, n) => {
    if (n.articles.includes(a.id)) out.push(...findNames(text, [n.label, ...n.aliases], node));
  });
  return out;
}

/** The article's text with its entities marked; clicking one selects its node. */
export function articleView(store: Store, focus: (key: string) => void): HTMLElement {
  const root = h('div', { class: 'article-host' });
  const render = (): void => {
    clear(root);
    const { article, graph } = store.state;
    if (!article) return;
    const a = graph.getAttribute('articles').find((x) => x.id === article.id);
    const back = h(
      'button',
      {
        class: 'link-button back',
        testid: 'article-close',
        attrs: { type: 'button' },
        on: { click: () => store.set({ article: null }) },
      },
      '← Back',
    );
    if (!a) {
      root.appendChild(
        h(
          'div',
          { class: 'article' },
          back,
          h('p', { class: 'muted' }, `No article "${article.id}" in this graph.`),
        ),
      );
      return;
    }
    const body = h('div', { class: 'article-text', testid: 'article-text' });
    if (a.text) {
      const marks: MarkRange[] = articleMarks(graph, a, a.text);
      if (article.start !== undefined && article.end !== undefined) {
        // The evidence sentence: drawn under the entity marks by splitting it around them.
        body.appendChild(renderWithFocus(graph, a.text, marks, article.start, article.end, store, focus));
      } else {
        body.appendChild(markedText(a.text, marks, pickOpts(graph, store, focus)));
      }
    } else {
      body.appendChild(h('p', { class: 'muted' }, 'This graph file does not include the article’s text.'));
    }
    root.appendChild(
      h(
        'article',
        { class: 'article', testid: 'article', attrs: { 'data-article': a.id } },
        back,
        h('h2', {}, a.title ?? a.file),
        h('p', { class: 'muted' }, [a.date, a.lang, a.file].filter(Boolean).join(' · ')),
        body,
      ),
    );
    // The reader is unhidden by the panel after this render: scroll once it is laid out, and flash the
    // cited sentence so the eye finds it.
    const cited = root.querySelector<HTMLElement>('.focus');
    if (cited) {
      requestAnimationFrame(() => {
        cited.scrollIntoView({ block: 'center' });
        cited.classList.add('flash');
      });
    }
  };
  render();
  store.subscribe((_s, changed) => {
    if (changed.has('article') || changed.has('graphVersion')) render();
  });
  return root;
}

function pickOpts(graph: NewsGraph, store: Store, focus: (key: string) => void) {
  return {
    onPick: (node: string) => {
      store.set({ selection: { kind: 'node', key: node }, article: null });
      focus(node);
    },
    colorOf: (node: string) =>
      graph.hasNode(node) ? ontology.entityTypes[graph.getNodeAttribute(node, 'type')].color : undefined,
  };
}

function renderWithFocus(
  graph: NewsGraph,
  text: string,
  marks: MarkRange[],
  start: number,
  end: number,
  store: Store,
  focus: (key: string) => void,
): DocumentFragment {
  const frag = document.createDocumentFragment();
  const opts = pickOpts(graph, store, focus);
  const shift = (lo: number, hi: number): MarkRange[] =>
    marks
      .filter((m) => m.start >= lo && m.end <= hi)
      .map((m) => ({ ...m, start: m.start - lo, end: m.end - lo }));
  frag.appendChild(markedText(text.slice(0, start), shift(0, start), opts));
  const sentence = h('span', { class: 'focus', testid: 'article-focus' });
  sentence.appendChild(markedText(text.slice(start, end), shift(start, end), opts));
  frag.appendChild(sentence);
  frag.appendChild(markedText(text.slice(end), shift(end, text.length), opts));
  return frag;
}
