import type { EntityType, RelationType } from '../graph/index.ts';

/**
 * Precision over what the system output (tp / (tp + fp)); recall over what the gold requires
 * (found / required). The two sides count different things (an entity found by two nodes is one found, one tp
 * and one duplicate fp), so F1 is taken from P and R. A ratio with nothing to count is null.
 */
export interface Score {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  found: number;
  required: number;
}

export type PairRelationType = Extract<RelationType, 'attacked' | 'stationed-at'>;

export interface EntityFalsePositive {
  key: string;
  label: string;
  type: EntityType;
  /** unmatched: no gold name; duplicate: a second node for `entity`; wrong-type: a gold name of another type. */
  reason: 'unmatched' | 'duplicate' | 'wrong-type';
  entity?: string;
  goldType?: EntityType;
}

export interface GoldMiss {
  id: string;
  type: EntityType;
  name: string;
}

export interface EdgeVerdict {
  key: string;
  type: RelationType;
  sourceLabel: string;
  targetLabel: string;
  /** Gold ids the ends matched, when they did. */
  source?: string;
  target?: string;
  reason: 'unmatched-end' | 'not-in-gold' | 'not-a-speaker' | 'not-a-target';
}

export interface TripleMiss {
  source: string;
  type: RelationType;
  target: string;
  evidence?: string;
}

export interface CountryMistake {
  key: string;
  label: string;
  expected: string;
  /** The node's country attribute (a node key), or null when it has none. */
  actual: string | null;
  actualEntity?: string;
}

export interface EvidenceProblem {
  edge: string;
  article: string;
  reason: string;
}

export interface EvalReport {
  /** Which gold items count: those of articles found in the graph ('graph'), or all of them ('all'). */
  scope: { mode: 'graph' | 'all'; goldArticles: number; goldArticlesInGraph: number; graphArticles: number };
  entities: Score & { duplicates: number; byType: Record<EntityType, Score> };
  relations: Score & { byType: Record<PairRelationType, Score> };
  stated: {
    speakerRecall: number | null;
    speakersFound: number;
    speakersRequired: number;
    precision: number | null;
    correct: number;
    edges: number;
  };
  country: { accuracy: number | null; correct: number; total: number };
  evidence: { valid: number | null; validEdges: number; edges: number; checkedAgainstFiles: number };
  /** What went wrong, for debugging (`newsgraph eval --details`). */
  details: {
    entities: { falsePositives: EntityFalsePositive[]; misses: GoldMiss[] };
    relations: { falsePositives: EdgeVerdict[]; misses: TripleMiss[] };
    stated: { falsePositives: EdgeVerdict[]; missedSpeakers: GoldMiss[] };
    country: { mistakes: CountryMistake[] };
    evidence: { problems: EvidenceProblem[] };
  };
}

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/**
 * Harmonic mean of P and R. Undefined (null) when nothing is required; 0 when something is required and the
 * system output nothing (its recall is 0 then).
 */
export function f1(precision: number | null, recall: number | null): number | null {
  if (recall === null) return null;
  if (precision === null || precision + recall === 0) return 0;
  return (2 * precision * recall) / (precision + recall);
}

export function score(tp: number, fp: number, found: number, required: number): Score {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(found, required);
  return { precision, recall, f1: f1(precision, recall), tp, fp, found, required };
}
