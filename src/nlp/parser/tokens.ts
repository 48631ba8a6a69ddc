// Per-token value hashes, computed once per sentence so that feature extraction in the transition loop is
// integer arithmetic only. Index n is the root token and n+1 stands for "no token" (an empty stack slot, a
// missing child), so the feature code never branches on -1.
import { hashString, mix } from '../model/hash.ts';

/**
 * FEATS keys the parser reads: those that mark function (case, voice, verb form, definiteness, pronouns), and
 * only keys the tagger predicts, so that parsing tagged text sees what training saw.
 */
const MORPH_KEYS = new Set([
  'Case',
  'Definite',
  'Degree',
  'Mood',
  'Poss',
  'PronType',
  'Tense',
  'VerbForm',
  'Voice',
]);

const ROOT_W = hashString('<root>');
const NONE_W = hashString('<none>');

/** The parser's view of a word form: lower case, digits folded to 0 (years, prices and scores share rows). */
export function normForm(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

/** UPOS plus the FEATS keys the parser reads, in a fixed order, as one string. */
export function morphOf(upos: string, feats: string): string {
  if (!feats || feats === '_') return upos;
  const kept = feats.split('|').filter((kv) => MORPH_KEYS.has(kv.slice(0, kv.indexOf('='))));
  kept.sort();
  return kept.length ? `${upos}|${kept.join('|')}` : upos;
}

export class TokenHashes {
  n = 0;
  /** Hash of the sentence's language in a multilingual model, 0 in a monolingual one. */
  lang = 0;
  /** Word, tag, word+tag, morphology (tag + selected features), suffix. */
  w = new Uint32Array(64);
  p = new Uint32Array(64);
  wp = new Uint32Array(64);
  m = new Uint32Array(64);
  sfx = new Uint32Array(64);

  fill(words: readonly string[], upos: readonly string[], feats: readonly string[]): void {
    const n = words.length;
    if (n + 2 > this.w.length) {
      let cap = this.w.length;
      while (cap < n + 2) cap *= 2;
      this.w = new Uint32Array(cap);
      this.p = new Uint32Array(cap);
      this.wp = new Uint32Array(cap);
      this.m = new Uint32Array(cap);
      this.sfx = new Uint32Array(cap);
    }
    this.n = n;
    for (let i = 0; i < n; i++) {
      const form = normForm(words[i]);
      const tag = upos[i] ?? 'X';
      this.w[i] = hashString(form);
      this.p[i] = hashString(tag);
      this.wp[i] = mix(this.w[i], this.p[i]);
      this.m[i] = hashString(morphOf(tag, feats[i] ?? '_'));
      this.sfx[i] = hashString(form.length > 3 ? form.slice(-3) : form);
    }
    this.set(n, ROOT_W);
    this.set(n + 1, NONE_W);
  }

  private set(i: number, h: number): void {
    this.w[i] = h;
    this.p[i] = h;
    this.wp[i] = h;
    this.m[i] = h;
    this.sfx[i] = h;
  }
}
