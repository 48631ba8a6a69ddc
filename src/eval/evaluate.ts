import { ENTITY_TYPES } from '../graph/index.ts';
import type { EntityType, NewsGraph, NodeAttributes } from '../graph/index.ts';
import { checkEvidence } from './evidence.ts';
import type { GoldAnnotation, GoldEntity, GoldPairRelation, GoldStatedRelation } from './gold.ts';
import { GoldNameIndex } from './match.ts';
import type {
  CountryMistake,
  EdgeVerdict,
  EntityFalsePositive,
  EvalReport,
  GoldMiss,
  PairRelationType,
  Score,
  TripleMiss,
} from './report.ts';
import { ratio, score } from './report.ts';
import { distinctGoldArticles, goldArticleIds, goldIdsInGraph, inScope } from './scope.ts';

export interface EvalOptions {
  /**
   * 'graph' (default): gold items count as required only when one of their articles is in the graph, so a
   * graph of two articles is not blamed for the other three. 'all': every required item counts.
   */
  scope?: 'graph' | 'all';
  /** Article texts as read again from their files, keyed by article id: evidence is checked against them too. */
  sourceTexts?: ReadonlyMap<string, string>;
}

const PAIR_TYPES: PairRelationType[] = ['attacked', 'stationed-at'];
const tripleKey = (s: string, type: string, t: string): string => `${s}\u0000${type}\u0000${t}`;

interface MatchedNode {
  key: string;
  attrs: NodeAttributes;
  entity: GoldEntity;
}

/** Scores a graph against a reference annotation by the rules written in the annotation's `scoring` field. */
export function evaluate(graph: NewsGraph, gold: GoldAnnotation, opts: EvalOptions = {}): EvalReport {
  const mode = opts.scope ?? 'graph';
  const articles = graph.getAttribute('articles');
  const goldIds = goldArticleIds(gold);
  const present = goldIdsInGraph(goldIds, articles);
  const distinctArticles = distinctGoldArticles(goldIds, gold);
  const counts = <T extends { articles?: string[]; acceptable?: boolean }>(item: T): boolean =>
    !item.acceptable && (mode === 'all' || inScope(item, present));

  // ---- nodes → gold entities
  const index = new GoldNameIndex(gold.entities);
  const entityOf = new Map<string, GoldEntity>();
  const falsePositives: EntityFalsePositive[] = [];
  const byEntity = new Map<string, MatchedNode[]>();
  graph.forEachNode((key, attrs) => {
    const m = index.matchNode(attrs);
    if (m.kind === 'match') {
      entityOf.set(key, m.entity);
      const list = byEntity.get(m.entity.id) ?? [];
      list.push({ key, attrs, entity: m.entity });
      byEntity.set(m.entity.id, list);
    } else if (m.kind === 'type') {
      falsePositives.push({
        key,
        label: attrs.label,
        type: attrs.type,
        reason: 'wrong-type',
        entity: m.entity.id,
        goldType: m.entity.type,
      });
    } else {
      falsePositives.push({ key, label: attrs.label, type: attrs.type, reason: 'unmatched' });
    }
  });

  // The first node per entity is the true positive (one of the entity's own type before a place standing for
  // a base); any other is a duplicate.
  const tpByType = new Map<EntityType, number>();
  let duplicates = 0;
  for (const nodes of byEntity.values()) {
    const primary = nodes.find((n) => n.attrs.type === n.entity.type) ?? nodes[0];
    for (const n of nodes) {
      if (n === primary) {
        tpByType.set(n.attrs.type, (tpByType.get(n.attrs.type) ?? 0) + 1);
      } else {
        duplicates++;
        falsePositives.push({
          key: n.key,
          label: n.attrs.label,
          type: n.attrs.type,
          reason: 'duplicate',
          entity: n.entity.id,
        });
      }
    }
  }
  const requiredEntities = gold.entities.filter(counts);
  const entityMisses: GoldMiss[] = requiredEntities
    .filter((e) => !byEntity.has(e.id))
    .map((e) => ({ id: e.id, type: e.type, name: e.names[0] }));
  const entityScore = (type?: EntityType): Score => {
    const of = <T extends { type: EntityType }>(list: T[]): T[] =>
      type ? list.filter((x) => x.type === type) : list;
    const tp = type ? (tpByType.get(type) ?? 0) : byEntity.size;
    const required = of(requiredEntities).length;
    return score(tp, of(falsePositives).length, required - of(entityMisses).length, required);
  };
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, entityScore(t)])) as Record<
    EntityType,
    Score
  >;

  const verdict = (key: string, reason: EdgeVerdict['reason']): EdgeVerdict => {
    const s = graph.source(key);
    const t = graph.target(key);
    const v: EdgeVerdict = {
      key,
      type: graph.getEdgeAttribute(key, 'type'),
      sourceLabel: graph.getNodeAttribute(s, 'label'),
      targetLabel: graph.getNodeAttribute(t, 'label'),
      reason,
    };
    const se = entityOf.get(s);
    const te = entityOf.get(t);
    if (se) v.source = se.id;
    if (te) v.target = te.id;
    return v;
  };

  // ---- attacked, stationed-at
  const pairGold = gold.relations.filter((r): r is GoldPairRelation => r.type !== 'stated');
  const goldTriples = new Set(pairGold.map((r) => tripleKey(r.source, r.type, r.target)));
  const requiredTriples = new Map<string, GoldPairRelation>();
  for (const r of pairGold) if (counts(r)) requiredTriples.set(tripleKey(r.source, r.type, r.target), r);
  const foundTriples = new Set<string>();
  const relationFps: EdgeVerdict[] = [];
  const relTp = new Map<PairRelationType, number>();
  graph.forEachEdge((key, attrs, s, t) => {
    if (attrs.type === 'stated') return;
    const se = entityOf.get(s);
    const te = entityOf.get(t);
    const k = se && te ? tripleKey(se.id, attrs.type, te.id) : undefined;
    if (k && goldTriples.has(k)) {
      relTp.set(attrs.type, (relTp.get(attrs.type) ?? 0) + 1);
      foundTriples.add(k);
    } else {
      relationFps.push(verdict(key, k ? 'not-in-gold' : 'unmatched-end'));
    }
  });
  const relationMisses: TripleMiss[] = [...requiredTriples]
    .filter(([k]) => !foundTriples.has(k))
    .map(([, r]) => {
      const miss: TripleMiss = { source: r.source, type: r.type, target: r.target };
      if (r.evidence) miss.evidence = r.evidence;
      return miss;
    });
  const relationScore = (type?: PairRelationType): Score => {
    const of = <T extends { type: string }>(list: T[]): T[] =>
      type ? list.filter((x) => x.type === type) : list;
    const tp = type ? (relTp.get(type) ?? 0) : [...relTp.values()].reduce((a, b) => a + b, 0);
    const required = of([...requiredTriples.values()]).length;
    return score(tp, of(relationFps).length, required - of(relationMisses).length, required);
  };

  // ---- stated
  const speakers = new Map<string, { required: boolean; targets: Set<string> }>();
  for (const r of gold.relations.filter((x): x is GoldStatedRelation => x.type === 'stated')) {
    const sp = speakers.get(r.source) ?? { required: false, targets: new Set<string>() };
    sp.required ||= counts(r);
    for (const t of r.targets) sp.targets.add(t);
    speakers.set(r.source, sp);
  }
  const speaking = new Set<string>();
  const statedFps: EdgeVerdict[] = [];
  let statedEdges = 0;
  graph.forEachEdge((key, attrs, s, t) => {
    if (attrs.type !== 'stated') return;
    statedEdges++;
    const se = entityOf.get(s);
    const te = entityOf.get(t);
    if (se) speaking.add(se.id);
    const sp = se && speakers.get(se.id);
    if (!se || !te) statedFps.push(verdict(key, 'unmatched-end'));
    else if (!sp) statedFps.push(verdict(key, 'not-a-speaker'));
    else if (!sp.targets.has(te.id)) statedFps.push(verdict(key, 'not-a-target'));
  });
  const entityById = new Map(gold.entities.map((e) => [e.id, e]));
  const requiredSpeakers = [...speakers].filter(([, sp]) => sp.required).map(([id]) => id);
  const missedSpeakers: GoldMiss[] = requiredSpeakers
    .filter((id) => !speaking.has(id))
    .map((id) => {
      const e = entityById.get(id) as GoldEntity;
      return { id, type: e.type, name: e.names[0] };
    });
  const speakersFound = requiredSpeakers.length - missedSpeakers.length;

  // ---- country affiliation of matched people and organisations
  const mistakes: CountryMistake[] = [];
  let countryTotal = 0;
  for (const nodes of byEntity.values()) {
    for (const { key, attrs, entity } of nodes) {
      if ((attrs.type !== 'person' && attrs.type !== 'organisation') || !entity.country) continue;
      countryTotal++;
      const actual = attrs.country ?? null;
      const actualEntity = actual && graph.hasNode(actual) ? entityOf.get(actual) : undefined;
      if (actualEntity?.id === entity.country) continue;
      const m: CountryMistake = { key, label: attrs.label, expected: entity.country, actual };
      if (actualEntity) m.actualEntity = actualEntity.id;
      mistakes.push(m);
    }
  }

  const evidence = checkEvidence(graph, opts.sourceTexts);
  const entities = entityScore();
  return {
    scope: {
      mode,
      goldArticles: distinctArticles.length,
      goldArticlesInGraph: distinctArticles.filter((id) => present.has(id)).length,
      graphArticles: articles.length,
    },
    entities: { ...entities, duplicates, byType },
    relations: {
      ...relationScore(),
      byType: Object.fromEntries(PAIR_TYPES.map((t) => [t, relationScore(t)])) as Record<
        PairRelationType,
        Score
      >,
    },
    stated: {
      speakerRecall: ratio(speakersFound, requiredSpeakers.length),
      speakersFound,
      speakersRequired: requiredSpeakers.length,
      precision: ratio(statedEdges - statedFps.length, statedEdges),
      correct: statedEdges - statedFps.length,
      edges: statedEdges,
    },
    country: {
      accuracy: ratio(countryTotal - mistakes.length, countryTotal),
      correct: countryTotal - mistakes.length,
      total: countryTotal,
    },
    evidence: {
      valid: ratio(evidence.validEdges, evidence.edges),
      validEdges: evidence.validEdges,
      edges: evidence.edges,
      checkedAgainstFiles: evidence.checkedAgainstFiles,
    },
    details: {
      entities: { falsePositives, misses: entityMisses },
      relations: { falsePositives: relationFps, misses: relationMisses },
      stated: { falsePositives: statedFps, missedSpeakers },
      country: { mistakes },
      evidence: { problems: evidence.problems },
    },
  };
}
