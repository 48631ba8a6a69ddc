// Node-level corrections: merge two nodes, split an alias off into a node of its own.
import { upsertNode } from './build.ts';
import { moveEvidence } from './corrections-edges.ts';
import type { Redirects, SplitCorrection } from './corrections.ts';
import { nodeKey } from './keys.ts';
import type { Mention, NewsGraph } from './types.ts';

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase().trim();

/** Folds node `from` into `into`: names, mentions, relations, and nodes that name it as their country. */
export function mergeNodes(
  graph: NewsGraph,
  into: string,
  from: string,
  redirects: Redirects,
): string | undefined {
  if (!graph.hasNode(into)) return `no node ${into}`;
  if (!graph.hasNode(from)) return `no node ${from}`;
  if (into === from) return `${from} is already ${into}`;
  const a = graph.getNodeAttributes(from);
  const target = graph.getNodeAttributes(into);
  // Different types would leave relations the ontology forbids; retyping is not a correction (yet).
  if (a.type !== target.type) return `${from} is a ${a.type}, ${into} a ${target.type}`;
  upsertNode(graph, {
    key: into,
    label: target.label,
    type: target.type,
    aliases: [a.label, ...a.aliases],
    mentions: a.mentions,
    country: a.country === into ? undefined : a.country,
    title: a.title,
  });
  for (const edge of graph.edges(from)) {
    const s = graph.source(edge) === from ? into : graph.source(edge);
    const t = graph.target(edge) === from ? into : graph.target(edge);
    moveEvidence(graph, edge, [...graph.getEdgeAttribute(edge, 'evidence')], s, t);
  }
  graph.forEachNode((key, n) => {
    if (n.country === from) graph.setNodeAttribute(key, 'country', into);
  });
  graph.dropNode(from);
  redirects.set(from, into);
  return undefined;
}

function mentionText(graph: NewsGraph, m: Mention): string {
  if (m.text !== undefined) return m.text;
  const article = graph.getAttribute('articles').find((x) => x.id === m.article);
  return article?.text?.slice(m.start, m.end) ?? '';
}

const within = (m: Mention, article: string, start: number, end: number): boolean =>
  m.article === article && m.start >= start && m.end <= end;

/**
 * Moves `alias` off `node`: its mentions go to a node of its own, and so does each relation's evidence whose
 * sentence names the alias and not the node's other names.
 */
export function splitAlias(graph: NewsGraph, node: string, c: SplitCorrection): string | undefined {
  if (!graph.hasNode(node)) return `no node ${c.node}`;
  const a = graph.getNodeAttributes(node);
  const alias = fold(c.alias);
  const moved = a.mentions.filter((m) => fold(mentionText(graph, m)) === alias);
  const hasAlias = a.aliases.some((x) => fold(x) === alias) || fold(a.label) === alias;
  if (!hasAlias && !moved.length) return `${c.node} has no alias "${c.alias}"`;
  const key = c.key ?? nodeKey(a.type, c.alias);
  if (key === node) return `"${c.alias}" would keep the key ${node}: give the new node a key`;
  if (graph.hasNode(key) && graph.getNodeAttribute(key, 'type') !== a.type)
    return `${key} exists and is not a ${a.type}`;
  const aliases = a.aliases.filter((x) => fold(x) !== alias);
  if (fold(a.label) === alias) {
    if (!aliases.length) return `"${c.alias}" is the only name of ${c.node}: rename it instead`;
    a.label = aliases[0];
  }
  const movedSet = new Set(moved);
  a.aliases = aliases;
  a.mentions = a.mentions.filter((m) => !movedSet.has(m));
  a.articles = [...new Set(a.mentions.map((m) => m.article))];
  upsertNode(graph, { key, label: c.label ?? c.alias, type: a.type, aliases: [c.alias], mentions: moved });
  for (const edge of graph.edges(node)) {
    const evidence = graph
      .getEdgeAttribute(edge, 'evidence')
      .filter(
        (e) =>
          moved.some((m) => within(m, e.article, e.start, e.end)) &&
          !a.mentions.some((m) => within(m, e.article, e.start, e.end)),
      );
    if (!evidence.length) continue;
    const s = graph.source(edge) === node ? key : graph.source(edge);
    const t = graph.target(edge) === node ? key : graph.target(edge);
    moveEvidence(graph, edge, evidence, s, t);
  }
  return undefined;
}
