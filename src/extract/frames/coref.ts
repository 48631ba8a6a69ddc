// Pointers back that the frames resolve with the tree, preferring subjects (the entity a text keeps talking
// about is its subjects'): "it/den/det" as a subject or object, and a definite base noun ("the air base",
// "luftbasen") that no name covers. Each sentence leaves its subjects behind for the next ones.
import type { Mention } from '../mention.ts';
import type { EntityType } from '../../graph/types.ts';
import type { Filler, View } from './view.ts';

const ARGUMENTS = /^(?:nsubj|nsubj:pass|obj|iobj|obl|obl:agent|nmod)$/;
const THINGS: EntityType[] = ['base', 'place', 'organisation', 'country'];

/** The entity a thing pronoun or a definite base noun at word w stands for, if the text says. */
export function antecedent(v: View, w: number, types: readonly EntityType[] = THINGS): Filler | undefined {
  const t = v.t;
  const pron =
    t.upos[w] === 'PRON' && v.lex.set('thingPronouns').has(t.lower[w]) && ARGUMENTS.test(t.deprel[w]);
  const baseNoun = t.upos[w] === 'NOUN' && definiteBase(v, w);
  if (!pron && !baseNoun) return undefined;
  const want = baseNoun ? (['base'] as const) : types;
  const s = v.sd.sentence.index;
  // A subject earlier in the same sentence ("X said it ..." is the reporter's, handled apart), or the
  // entity the sentence opens with.
  for (const k of t.kids(t.head[w] >= 0 ? t.head[w] : w)) {
    if (k >= w || !t.deprel[k].startsWith('nsubj')) continue;
    const m = v.word[k];
    if (m && want.includes(m.type) && m.kind !== 'adj') return fill(m, 0.8);
  }
  const first = v.word.findIndex((m) => m !== undefined);
  const opener = first >= 0 && first < w && first <= 1 ? v.word[first] : undefined;
  if (!baseNoun && opener && opener.kind === 'name' && want.includes(opener.type)) return fill(opener, 0.75);
  for (let k = v.st.topics.length - 1; k >= 0; k--) {
    const topic = v.st.topics[k];
    if (s - topic.s > 5) break;
    if (topic.s < s && want.includes(topic.m.type)) return fill(topic.m, 0.75);
  }
  const last = baseNoun || want.includes('base') ? v.st.d.lastBase : undefined;
  if (last && s - last.s <= 3 && want.includes('base')) return fill(last, 0.6);
  return undefined;
}

function definiteBase(v: View, w: number): boolean {
  const t = v.t;
  if (!v.lex.set('baseNouns').has(t.lemma[w]) && !v.lex.set('baseNouns').has(t.lower[w])) {
    // "luftbasen", "the airbase": a compound ending in a base word.
    let compound = false;
    for (const b of v.lex.set('baseNouns'))
      if (t.lemma[w].endsWith(b) && t.lemma[w].length > b.length + 2) compound = true;
    if (!compound) return false;
  }
  if (t.feat(w, 'Definite') === 'Def') return true;
  return t.down[w].some((e) => e.rel === 'det' && /^(?:the|this|that|denne|dette)$/.test(t.lower[e.to]));
}

function fill(m: Mention, conf: number): Filler {
  return { key: m.key, m, conf, via: 'antecedent' };
}

/** Records the sentence's subjects (of its main clauses) as the topics later pronouns point back to. */
export function recordTopics(v: View): void {
  const t = v.t;
  const s = v.sd.sentence.index;
  for (let w = 0; w < t.n; w++) {
    if (!t.deprel[w].startsWith('nsubj')) continue;
    const h = t.head[w];
    if (h >= 0 && t.head[h] >= 0 && !/^(?:conj|parataxis)$/.test(t.deprel[h])) continue;
    const named =
      v.word[w] ??
      t.down[w].map((e) => (/^(?:appos|flat)/.test(e.rel) ? v.word[e.to] : undefined)).find(Boolean);
    const m = named && named.kind !== 'coref' ? named : undefined;
    const found = m ? fill(m, 1) : antecedent(v, w);
    if (found?.m && found.m.type !== 'person') v.st.topics.push({ s, m: found.m });
  }
}
