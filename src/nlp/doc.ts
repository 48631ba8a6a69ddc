// The document that flows through the NLP stages. Each stage fills its own arrays on every sentence:
// tokens and sentences first, then the tagger (upos, feats, lemma), the parser (head, deprel) and the entity
// recogniser (ner, BILOU tags). Arrays are parallel, indexed by token; heads are 0-based, -1 for the root.

export type NlpLang = 'da' | 'nb' | 'nn' | 'en';

export interface NlpSentence {
  /** Offsets of the sentence in the document text. */
  start: number;
  end: number;
  words: string[];
  /** Offsets of each word in the document text (UTF-16). */
  starts: number[];
  ends: number[];
  upos: string[];
  /** UD FEATS restricted to what the relations read ("_" when none). */
  feats: string[];
  lemma: string[];
  /** 0-based head token, -1 for the root. */
  head: number[];
  deprel: string[];
  /** BILOU entity tags ("O", "B-PER", "U-GPE_ORG", …). */
  ner: string[];
}

export interface NlpDoc {
  text: string;
  lang: NlpLang;
  sentences: NlpSentence[];
}

/** A sentence from words alone (gold tokens), with empty annotation layers. */
export function sentenceOfWords(words: readonly string[], starts?: number[], ends?: number[]): NlpSentence {
  const n = words.length;
  let at = 0;
  const s = starts ?? words.map((w) => ((at += w.length + 1), at - w.length - 1));
  const e = ends ?? words.map((w, i) => s[i] + w.length);
  return {
    start: n ? s[0] : 0,
    end: n ? e[n - 1] : 0,
    words: [...words],
    starts: s,
    ends: e,
    upos: new Array<string>(n).fill('X'),
    feats: new Array<string>(n).fill('_'),
    lemma: new Array<string>(n).fill('_'),
    head: new Array<number>(n).fill(-1),
    deprel: new Array<string>(n).fill('dep'),
    ner: new Array<string>(n).fill('O'),
  };
}
