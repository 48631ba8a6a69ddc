// Reader of the Norwegian Dependency Treebank's native 10-column format (as NorNE distributes it): OBT tags and
// features, NDT labels, and the NorNE name tag in column 10. The `|` paragraph-marker tokens are dropped (UD
// dropped them too; they are not in the original texts) and the heads renumbered.

export interface NdtWord {
  form: string;
  /** NDT lemma; punctuation lemmas lose their `$` prefix (`$,` → `,`). */
  lemma: string;
  /** OBT part of speech: subst, verb, prep, <komma>, … */
  pos: string;
  /** OBT features in file order (`appell`, `mask`, `be`, `ent`, …); empty for `_`. */
  feats: string[];
  /** 1-based head, 0 for the root. */
  head: number;
  /** NDT label: SUBJ, FINV, ADV, PUTFYLL, … */
  deprel: string;
  /** NorNE tag without the `name=` prefix: O, B-PER, I-GPE_LOC, … */
  ner: string;
}

export interface NdtSentence {
  id: string;
  words: NdtWord[];
  /** Comment lines other than sent_id (e.g. `# newdoc id = …`). */
  comments: string[];
}

interface RawWord extends NdtWord {
  marker: boolean;
}

const isParagraphMarker = (form: string, pos: string): boolean => form === '|' && pos === 'clb';

export function readNdt(text: string): NdtSentence[] {
  const out: NdtSentence[] = [];
  let id = '';
  let comments: string[] = [];
  let raw: RawWord[] = [];
  const flush = (): void => {
    const words = dropMarkers(raw);
    if (words.length) out.push({ id, words, comments });
    id = '';
    comments = [];
    raw = [];
  };
  for (const line0 of text.split('\n')) {
    const line = line0.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*sent_id\s*=\s*(.*)$/.exec(line);
      if (m) id = m[1].trim();
      else comments.push(line);
      continue;
    }
    const c = line.split('\t');
    if (c.length < 8) throw new Error(`NDT: expected 10 columns, got ${c.length}: ${line.slice(0, 60)}`);
    const pos = c[3];
    raw.push({
      form: c[1],
      lemma: c[2].length > 1 && c[2].startsWith('$') ? c[2].slice(1) : c[2],
      pos,
      feats: c[5] === '_' || c[5] === '' ? [] : c[5].split('|'),
      head: Number(c[6]),
      deprel: c[7],
      ner: (c[9] ?? '').startsWith('name=') ? c[9].slice(5) : 'O',
      marker: isParagraphMarker(c[1], pos),
    });
  }
  flush();
  return out;
}

/**
 * Removes the paragraph markers and renumbers heads. A word headed by a marker climbs to the marker's own head
 * (markers are leaves or near-leaves; if a marker was the root, its first non-marker dependent becomes root).
 */
function dropMarkers(raw: RawWord[]): NdtWord[] {
  if (!raw.some((w) => w.marker)) return raw.map(strip);
  const newIndex = new Array<number>(raw.length + 1).fill(0);
  let k = 0;
  raw.forEach((w, i) => {
    if (!w.marker) newIndex[i + 1] = ++k;
  });
  // Effective head of each kept word: skip over marker heads.
  const resolve = (h: number): number => {
    let steps = 0;
    while (h > 0 && raw[h - 1].marker && steps++ < raw.length) h = raw[h - 1].head;
    return h;
  };
  const kept = raw.filter((w) => !w.marker);
  const words = raw
    .map((w) => ({ w, h: resolve(w.head) }))
    .filter(({ w }) => !w.marker)
    .map(({ w, h }) => ({ ...strip(w), head: h > 0 ? newIndex[h] : 0 }));
  // A marker root leaves its dependents as several roots: keep the first, attach the rest to it.
  const roots = words.map((w, i) => (w.head === 0 ? i : -1)).filter((i) => i >= 0);
  if (roots.length > 1) for (const r of roots.slice(1)) words[r] = { ...words[r], head: roots[0] + 1 };
  return kept.length ? words : [];
}

function strip(w: RawWord): NdtWord {
  return {
    form: w.form,
    lemma: w.lemma,
    pos: w.pos,
    feats: w.feats,
    head: w.head,
    deprel: w.deprel,
    ner: w.ner,
  };
}
