// Entity-level scoring of named-entity spans, CoNLL style: a prediction counts only with exact boundaries and
// the same type. Spans are character ranges so that the gold tokens and the product's own tokens need not agree.

export interface CharSpan {
  start: number;
  end: number;
  type: string;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface SpanScore {
  micro: PRF;
  byType: Record<string, PRF>;
  /** Boundaries right, type ignored. */
  untyped: PRF;
}

const key = (s: CharSpan, typed: boolean): string => `${s.start}:${s.end}${typed ? `:${s.type}` : ''}`;

/** Scores predicted spans against gold spans (both lists over the same text). */
export function scoreSpans(gold: readonly CharSpan[], pred: readonly CharSpan[]): SpanScore {
  const types = [...new Set([...gold, ...pred].map((s) => s.type))].sort();
  const byType: Record<string, PRF> = {};
  for (const t of types) {
    const g = new Set(gold.filter((s) => s.type === t).map((s) => key(s, true)));
    const p = new Set(pred.filter((s) => s.type === t).map((s) => key(s, true)));
    const tp = [...p].filter((k) => g.has(k)).length;
    byType[t] = prf(tp, p.size - tp, g.size - tp);
  }
  const count = (typed: boolean): PRF => {
    const g = new Set(gold.map((s) => key(s, typed)));
    const p = new Set(pred.map((s) => key(s, typed)));
    const tp = [...p].filter((k) => g.has(k)).length;
    return prf(tp, p.size - tp, g.size - tp);
  };
  return { micro: count(true), byType, untyped: count(false) };
}
