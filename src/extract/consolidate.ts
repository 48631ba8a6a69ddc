// Corpus-level folds after per-article graphs are merged: a person known only by surname joins the one
// full-name person with that surname; an organisation or base whose key differs only in spelling joins
// the other. Edges are re-pointed, evidence and mentions kept.
import { addRelation, upsertNode } from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';

/** Moves every attribute, mention and edge of `from` onto `to`, then drops `from`. */
export function mergeNode(graph: NewsGraph, from: string, to: string): void {
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return;
  const a = graph.getNodeAttributes(from);
  upsertNode(graph, {
    key: to,
    label: graph.getNodeAttribute(to, 'label'),
    type: graph.getNodeAttribute(to, 'type'),
    aliases: [a.label, ...a.aliases],
    country: a.country,
    title: a.title,
    mentions: a.mentions,
  });
  graph.forEachEdge(from, (_e, attrs, s, t) => {
    const source = s === from ? to : s;
    const target = t === from ? to : t;
    if (source !== target)
      addRelation(graph, { type: attrs.type, source, target, evidence: attrs.evidence, date: attrs.date });
  });
  graph.dropNode(from);
}

export function consolidateGraph(graph: NewsGraph): NewsGraph {
  // Surname-only persons → the unique full name ending in that surname.
  const persons = graph.filterNodes((_k, a) => a.type === 'person');
  const bySurname = new Map<string, string[]>();
  for (const key of persons) {
    const words = key.slice('person:'.length).split('-');
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    bySurname.set(last, [...(bySurname.get(last) ?? []), key]);
  }
  for (const key of persons) {
    const words = key.slice('person:'.length).split('-');
    if (words.length !== 1) continue;
    const full = bySurname.get(words[0]);
    if (full && full.length === 1) mergeNode(graph, key, full[0]);
  }
  // Shorter full names contained in a unique longer one ("Anna Berg" in "Anna Berg Hansen"), middle
  // initials aside ("Donald Trump" is "Donald J. Trump").
  const core = (key: string): string =>
    key
      .slice('person:'.length)
      .split('-')
      .filter((w) => w.length > 1)
      .join('-');
  const remaining = graph.filterNodes((_k, a) => a.type === 'person');
  // Only names sharing a word can contain one another: each key is compared with those holding its rarest
  // word (in `remaining` order, so the result is the same), not with every person — quadratic in a corpus
  // with tens of thousands of people.
  const cores = new Map(remaining.map((k) => [k, core(k)]));
  const holding = new Map<string, string[]>();
  for (const k of remaining)
    for (const word of new Set((cores.get(k) as string).split('-'))) {
      const list = holding.get(word);
      if (list) list.push(k);
      else holding.set(word, [k]);
    }
  for (const key of remaining) {
    if (!graph.hasNode(key)) continue;
    const w = cores.get(key) as string;
    if (!w.includes('-')) continue;
    const rarest = w
      .split('-')
      .map((word) => holding.get(word) ?? [])
      .reduce((a, b) => (b.length < a.length ? b : a));
    const longer = rarest.filter(
      (o) =>
        o !== key &&
        o.length > key.length &&
        graph.hasNode(o) &&
        `-${cores.get(o) as string}-`.includes(`-${w}-`),
    );
    if (longer.length === 1) mergeNode(graph, key, longer[0]);
  }
  // A "person" who never speaks and has no title, named exactly like a base or place of the corpus, is
  // that place misread ("Al-Asad" beside "Al-Asad-basen").
  const places = new Map<string, string>();
  graph.forEachNode((k, a) => {
    if (a.type === 'base' || a.type === 'place') places.set(a.label.toLowerCase(), k);
  });
  for (const key of graph.filterNodes((_k, a) => a.type === 'person' && !a.title)) {
    const place = places.get(graph.getNodeAttribute(key, 'label').toLowerCase());
    const speaks = graph.someOutEdge(key, (_e, a) => a.type === 'stated');
    if (place && !speaks) mergeNode(graph, key, place);
  }
  return graph;
}
