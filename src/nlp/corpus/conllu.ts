// CoNLL-U reader: the basic tree only (multiword-token ranges and empty nodes are skipped, as the CoNLL 2018
// evaluation does for syntactic words), with the surface token layout kept for raw-text evaluation.

export interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head, 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
  /** Surface tokens: a multiword token covers several words (`from`..`to`, 1-based inclusive). */
  tokens: { form: string; from: number; to: number; spaceAfter: boolean }[];
  /** Comment lines other than sent_id and text (newdoc, newpar). */
  comments: string[];
}

export function parseConllu(src: string): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence | null = null;
  let pendingRange: { form: string; from: number; to: number; spaceAfter: boolean } | null = null;
  const flush = (): void => {
    if (cur && cur.words.length) out.push(cur);
    cur = null;
    pendingRange = null;
  };
  const start = (): UdSentence => (cur ??= { id: '', text: '', words: [], tokens: [], comments: [] });
  for (const raw of src.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    const s = start();
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m && m[1] === 'sent_id') s.id = m[2].trim();
      else if (m) s.text = m[2];
      else s.comments.push(line);
      continue;
    }
    const c = line.split('\t');
    if (c.length < 10) throw new Error(`CoNLL-U: expected 10 columns, got ${c.length}: ${line.slice(0, 60)}`);
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(c[9]);
    if (c[0].includes('-')) {
      const [a, b] = c[0].split('-').map(Number);
      pendingRange = { form: c[1], from: a, to: b, spaceAfter };
      s.tokens.push(pendingRange);
      continue;
    }
    if (c[0].includes('.')) continue;
    const id = Number(c[0]);
    s.words.push({
      form: c[1],
      lemma: c[2],
      upos: c[3],
      xpos: c[4],
      feats: c[5],
      head: c[6] === '_' ? -1 : Number(c[6]),
      deprel: c[7],
      misc: c[9],
    });
    const inRange: { to: number } | null = pendingRange;
    if (!inRange || id > inRange.to) s.tokens.push({ form: c[1], from: id, to: id, spaceAfter });
  }
  flush();
  return out;
}

/** Value of feature `key` in a UD FEATS string ("Definite=Def|Number=Sing"), or undefined. */
export function featValue(feats: string, key: string): string | undefined {
  if (feats === '_' || !feats) return undefined;
  for (const kv of feats.split('|')) {
    const eq = kv.indexOf('=');
    if (kv.slice(0, eq) === key) return kv.slice(eq + 1);
  }
  return undefined;
}

/** The sentence back as CoNLL-U (words only), for the converter and for evaluation output. */
export function formatConllu(s: UdSentence): string {
  const lines: string[] = [];
  if (s.id) lines.push(`# sent_id = ${s.id}`);
  s.words.forEach((w, i) =>
    lines.push(
      [i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, '_', w.misc || '_'].join('\t'),
    ),
  );
  return lines.join('\n') + '\n';
}
