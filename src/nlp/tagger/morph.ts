// Morphological features as "heads": one small classification per UD feature key (Definite, Number, …), each
// with "not set" as value 0. All heads share one linear model whose classes are laid out head after head, so
// one scoring pass serves every key, and each key only chooses among the values its UPOS was seen with.

/** The keys predicted, in UD order (alphabetical): what the relation rules read. */
export const FEATURE_KEYS = [
  'Case',
  'Definite',
  'Degree',
  'Gender',
  'Mood',
  'Number',
  'Poss',
  'PronType',
  'Tense',
  'VerbForm',
  'Voice',
] as const;

export interface Head {
  key: string;
  /** values[0] is '' ("not set"). */
  values: string[];
}

/** Class layout of the shared model: head h's value v is class offsets[h] + v. */
export class Heads {
  readonly heads: Head[];
  readonly offsets: number[];
  readonly nClasses: number;
  /** Class → head index. */
  readonly headOf: Uint8Array;

  constructor(heads: Head[]) {
    this.heads = heads;
    this.offsets = [];
    let at = 0;
    for (const h of heads) {
      this.offsets.push(at);
      at += h.values.length;
    }
    this.nClasses = at;
    this.headOf = new Uint8Array(at);
    heads.forEach((h, i) => this.headOf.fill(i, this.offsets[i], this.offsets[i] + h.values.length));
  }

  /** Value index per head of a UD FEATS string (keys not predicted are ignored; unknown values are 0). */
  valuesOf(feats: string, out: Uint8Array, at = 0): void {
    out.fill(0, at, at + this.heads.length);
    if (feats === '_' || feats === '') return;
    for (const kv of feats.split('|')) {
      const eq = kv.indexOf('=');
      const h = this.heads.findIndex((x) => x.key === kv.slice(0, eq));
      if (h < 0) continue;
      const v = this.heads[h].values.indexOf(kv.slice(eq + 1));
      if (v > 0) out[at + h] = v;
    }
  }

  /** UD FEATS string of per-head values values[at..] ("_" when none is set). */
  format(values: Uint8Array, at = 0): string {
    let s = '';
    for (let h = 0; h < this.heads.length; h++) {
      const v = values[at + h];
      if (v === 0) continue;
      s += (s ? '|' : '') + this.heads[h].key + '=' + this.heads[h].values[v];
    }
    return s || '_';
  }
}

/** The part of a UD FEATS string on the predicted keys, in UD order ("_" when empty). */
export function restrictFeats(feats: string, keys: readonly string[] = FEATURE_KEYS): string {
  if (feats === '_' || feats === '') return '_';
  const kept = feats.split('|').filter((kv) => keys.includes(kv.slice(0, kv.indexOf('='))));
  return kept.length ? kept.join('|') : '_';
}

/**
 * Heads for the keys and values seen in gold FEATS strings (values sorted, so the layout is deterministic);
 * keys never seen get no head.
 */
export function headsOfData(feats: Iterable<string>, keys: readonly string[] = FEATURE_KEYS): Head[] {
  const seen = new Map<string, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  for (const f of feats) {
    if (f === '_' || f === '') continue;
    for (const kv of f.split('|')) {
      const eq = kv.indexOf('=');
      seen.get(kv.slice(0, eq))?.add(kv.slice(eq + 1));
    }
  }
  return keys
    .map((key) => ({ key, values: ['', ...[...(seen.get(key) ?? [])].sort()] }))
    .filter((h) => h.values.length > 1);
}
