/**
 * A Cypher script that loads the graph into Neo4j 5 or Memgraph (cypher-shell -f, Neo4j Browser, mgconsole).
 *
 * Parameter safety, by construction: every value from the graph is written as a single-quoted string
 * literal through `cypherString` (escape.ts), so no value can close its literal; labels and relationship
 * types come from fixed maps of the ontology's types (common.ts), never from data; property names are
 * fixed identifiers; comments hold only counts. Literals rather than `:param` lines because `:param` is a
 * cypher-shell/Browser command that Memgraph's console and drivers do not run.
 *
 * Statements are `UNWIND [rows] AS row MERGE …` batches: idempotent (MERGE on `key`), and a few hundred
 * rows per round trip instead of one statement per node.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';
import { COMMON_LABEL, firstEvidence, NODE_LABELS, RELATIONSHIP_TYPES } from './common.ts';
import { cypherString } from './escape.ts';

const BATCH = 500;

type Scalar = string | number | string[] | null | undefined;

function literal(v: Exclude<Scalar, null | undefined>): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (typeof v === 'number') return String(v);
  return cypherString(v);
}

/**
 * A map literal; absent values and empty lists are left out (Neo4j cannot type an empty list).
 * `raw` entries are already Cypher (floats written by `float`).
 */
function map(entries: [string, Scalar][], raw: string[] = []): string {
  const parts: string[] = [];
  for (const [k, v] of entries) {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    parts.push(`${k}: ${literal(v)}`);
  }
  return `{${[...parts, ...raw].join(', ')}}`;
}

/** Float properties always written with a decimal point, so Cypher stores a float even for 1 and 0. */
const float = (n: number): string => (Number.isInteger(n) ? n.toFixed(1) : String(n));

function* batches<T>(
  items: Iterable<T>,
  head: string,
  row: (item: T) => string,
  tail: string,
): Generator<string> {
  let n = 0;
  for (const item of items) {
    yield (n === 0 ? head : ',\n') + row(item);
    if (++n === BATCH) {
      yield tail;
      n = 0;
    }
  }
  if (n) yield tail;
}

export function* cypherChunks(graph: NewsGraph): Generator<string> {
  yield (
    `// newsgraph: ${graph.order} nodes, ${graph.size} relationships. Run as-is; MERGE makes re-runs safe.\n` +
    '// On a large graph create the key index first (the statement differs between databases):\n' +
    `//   Neo4j 5:  CREATE CONSTRAINT newsgraph_entity_key IF NOT EXISTS FOR (n:${COMMON_LABEL}) REQUIRE n.key IS UNIQUE;\n` +
    `//   Memgraph: CREATE INDEX ON :${COMMON_LABEL}(key);\n`
  );
  for (const type of ENTITY_TYPES) {
    const label = NODE_LABELS[type];
    const nodes = (function* () {
      for (const e of graph.nodeEntries()) if (e.attributes.type === type) yield e;
    })();
    yield* batches(
      nodes,
      'UNWIND [\n',
      ({ node: key, attributes: a }) => {
        const xy =
          typeof a.x === 'number' && typeof a.y === 'number' ? [`x: ${float(a.x)}`, `y: ${float(a.y)}`] : [];
        const props = map(
          [
            ['label', a.label],
            ['type', a.type],
            ['country', a.country],
            ['title', a.title],
            ['aliases', a.aliases],
            ['articles', a.articles],
            ['articleCount', a.articles.length],
            ['mentionCount', a.mentions.length],
            ['mentions', JSON.stringify(a.mentions)],
          ],
          xy,
        );
        return `{key: ${cypherString(key)}, props: ${props}}`;
      },
      `\n] AS row\nMERGE (n:${COMMON_LABEL} {key: row.key})\nSET n += row.props, n:${label};\n`,
    );
  }
  for (const type of RELATION_TYPES) {
    const relType = RELATIONSHIP_TYPES[type];
    const edges = (function* () {
      for (const e of graph.edgeEntries()) if (e.attributes.type === type) yield e;
    })();
    yield* batches(
      edges,
      'UNWIND [\n',
      ({ edge: key, attributes: a, source, target }) => {
        const props = map(
          [
            ['type', a.type],
            ['date', a.date],
            ['evidenceCount', a.evidence.length],
            ['firstEvidence', firstEvidence(a)],
            ['evidence', JSON.stringify(a.evidence)],
            ['sentences', a.evidence.map((e) => e.sentence)],
            ['articles', a.articles],
          ],
          [`confidence: ${float(a.confidence)}`],
        );
        return `{key: ${cypherString(key)}, source: ${cypherString(source)}, target: ${cypherString(target)}, props: ${props}}`;
      },
      `\n] AS row\nMATCH (a:${COMMON_LABEL} {key: row.source})\nMATCH (b:${COMMON_LABEL} {key: row.target})\n` +
        `MERGE (a)-[r:${relType} {key: row.key}]->(b)\nSET r += row.props;\n`,
    );
  }
}
