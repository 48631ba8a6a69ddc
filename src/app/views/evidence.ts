import type { Evidence, NewsGraph } from '../../graph/index.ts';
import { h } from '../dom.ts';
import { namesInSentence } from '../text/evidence.ts';
import { markedText } from '../text/marks.ts';
import type { Store } from '../state/store.ts';

function articleRef(graph: NewsGraph, id: string): string {
  const a = graph.getAttribute('articles').find((x) => x.id === id);
  if (!a) return id;
  return [a.title ?? a.file, a.date].filter(Boolean).join(' · ');
}

/** One piece of evidence: the sentence with both ends' names marked, the quote for stated, the article. */
export function evidenceItem(store: Store, ev: Evidence, ends: [string, string]): HTMLElement {
  const { graph } = store.state;
  const sentence = h('p', { class: 'sentence' });
  sentence.appendChild(markedText(ev.sentence, namesInSentence(graph, ev, ends)));
  return h(
    'li',
    { class: 'evidence', testid: 'evidence' },
    sentence,
    ev.quote ? h('blockquote', { class: 'quote', testid: 'quote' }, `“${ev.quote}”`) : null,
    h(
      'div',
      { class: 'evidence-meta' },
      h(
        'button',
        {
          class: 'link-button article-link',
          testid: 'article-link',
          attrs: { type: 'button' },
          title: 'Read the article',
          on: { click: () => store.set({ article: { id: ev.article, start: ev.start, end: ev.end } }) },
        },
        articleRef(graph, ev.article),
      ),
      ev.trigger ? h('span', { class: 'muted' }, `trigger: ${ev.trigger}`) : null,
      typeof ev.confidence === 'number'
        ? h('span', { class: 'muted' }, `${Math.round(ev.confidence * 100)}%`)
        : null,
    ),
  );
}
