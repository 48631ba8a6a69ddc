// Three-column IOB2 reader (ID, FORM, TAG) and span helpers. An I-X that does not continue an X starts a new
// entity, as the corpora README prescribes.

export interface NerSentence {
  id: string;
  /** The `# newdoc id` in force, when the file has one. */
  doc: string;
  /** The sentence's `# text` line, when the file has one. */
  text: string;
  words: string[];
  tags: string[];
}

export interface Span {
  /** First token, inclusive. */
  start: number;
  /** Last token + 1. */
  end: number;
  type: string;
}

export function parseIob2(src: string): NerSentence[] {
  const out: NerSentence[] = [];
  let cur: NerSentence | null = null;
  let doc = '';
  for (const raw of src.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      if (cur && cur.words.length) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { id: '', doc, text: '', words: [], tags: [] };
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text|newdoc id)\s*=\s?(.*)$/.exec(line);
      if (m?.[1] === 'sent_id') cur.id = m[2].trim();
      else if (m?.[1] === 'text') cur.text = m[2];
      else if (m) cur.doc = doc = m[2].trim();
      continue;
    }
    const c = line.split('\t');
    if (c.length < 3) throw new Error(`IOB2: expected 3 columns, got ${c.length}: ${line.slice(0, 60)}`);
    cur.words.push(c[1]);
    cur.tags.push(c[c.length - 1]);
  }
  if (cur && cur.words.length) out.push(cur);
  return out;
}

/** Entity spans of an IOB2 (or BIO) tag sequence. */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = tag.startsWith('I-') && open !== null && open.type === type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !continues)) open = { start: i, end: i + 1, type };
  }
  return spans;
}

/** BILOU tags for spans over `n` tokens. */
export function bilou(spans: readonly Span[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else {
      tags[s.start] = `B-${s.type}`;
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = `I-${s.type}`;
      tags[s.end - 1] = `L-${s.type}`;
    }
  }
  return tags;
}
