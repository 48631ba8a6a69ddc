import type { Evidence, NewsGraph } from '../../graph/index.ts';
import { h } from '../dom.ts';
import { namesInSentence } from '../text/evidence.ts';
import { citation } from '../text/groups.ts';
import type { EvidenceGroup } from '../text/groups.ts';
import { markedText } from '../text/marks.ts';
import type { Store } from '../state/store.ts';

function articleRef(graph: NewsGraph, id: string): string {
  const a = graph.getAttribute('articles').find((x) => x.id === id);
  if (!a) return id;
  return [a.title ?? a.file, a.date].filter(Boolean).join(' · ');
}

/** Writes to the clipboard; where the async API is refused (plain http, old browsers), a selected textarea. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { attrs: { readonly: '', 'aria-hidden': 'true' } });
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

function copyButton(store: Store, ev: Evidence): HTMLElement {
  const button = h(
    'button',
    {
      class: 'link-button small',
      testid: 'copy-citation',
      title: 'Copy the sentence with its article title, date and address',
      attrs: { type: 'button' },
      on: {
        click: () => {
          const a = store.state.graph.getAttribute('articles').find((x) => x.id === ev.article);
          const text = citation(ev, a);
          button.dataset.citation = text;
          void copyText(text).then(() => {
            button.textContent = 'Copied';
            setTimeout(() => (button.textContent = 'Copy citation'), 1500);
          });
        },
      },
    },
    'Copy citation',
  );
  return button;
}

/**
 * One sentence of evidence: the sentence with both ends' names marked, how many times the articles repeat
 * it, the quote for stated, a link into the article and a citation to copy.
 */
export function evidenceItem(store: Store, group: EvidenceGroup, ends: [string, string]): HTMLElement {
  const { graph } = store.state;
  const { ev, items } = group;
  const sentence = h('p', { class: 'sentence' });
  sentence.appendChild(markedText(ev.sentence, namesInSentence(graph, ev, ends)));
  const articles = new Set(items.map((e) => e.article));
  return h(
    'li',
    { class: 'evidence', testid: 'evidence', attrs: { 'data-count': String(items.length) } },
    sentence,
    ev.quote ? h('blockquote', { class: 'quote', testid: 'quote' }, `“${ev.quote}”`) : null,
    h(
      'div',
      { class: 'evidence-meta' },
      items.length > 1
        ? h(
            'span',
            {
              class: 'count-badge',
              testid: 'evidence-count',
              title: `The same sentence in ${articles.size} article${articles.size === 1 ? '' : 's'}`,
            },
            `×${items.length}`,
          )
        : null,
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
      copyButton(store, ev),
    ),
  );
}
