// Training of the tagger from gold sentences (pure: the corpus readers live in src/training). UPOS: greedy
// left-to-right with the model's own previous predictions as history (Honnibal 2013); FEATS: every head
// updated on the gold UPOS; lemmas: counted, not learned (lemma-train.ts). Several languages may be mixed
// (the Danish model learns from Bokmål too): each sentence carries its language, which the features read.
import { encodeModel } from '../model/codec.ts';
import { PerceptronTrainer } from '../model/perceptron.ts';
import { seededRandom, shuffle } from '../model/random.ts';
import { packParts } from './bundle.ts';
import { Lexical } from './lexical.ts';
import { LEMMA_KEYS } from './lemma.ts';
import { buildLexicon, dictTagOf, jackknifedEntries, lexiconToJson, maskOf } from './lexicon.ts';
import type { LexiconOptions } from './lexicon.ts';
import { buildLemmaTable } from './lemma-train.ts';
import type { LemmaWords } from './lemma-train.ts';
import { FEATURE_KEYS, Heads, headsOfData, restrictFeats } from './morph.ts';
import { FeatsDecoder } from './feats-decoder.ts';
import { MAX_FEATURES, featsFeatures, uposFeatures } from './templates.ts';
import { TAGGER_VERSION, langId } from './tagger.ts';
import type { TaggerMeta } from './tagger.ts';

export interface TrainSentence {
  lang: string;
  words: string[];
  upos: string[];
  feats: string[];
  lemma: string[];
  /** Tagged by a model rather than by hand (self-training): not used for the lemma table. */
  auto?: boolean;
  /** UD relations, where known (harmonise.ts reads them). */
  deprel?: string[];
}

export interface TrainOptions {
  /** Language the model is for; sentences of other languages only help. */
  lang: string;
  /** Conjoin the language with the features (for mixed-language training). */
  langFeature?: boolean;
  /** Languages whose lemmas fill the lemma table, with the weight of their words (default: `lang`, 1). */
  lemmaLangs?: Record<string, number>;
  /** Languages whose words teach the lemmatiser endings only (weight 1), e.g. Bokmål for Danish. */
  lemmaEndingsFrom?: string[];
  /** FEATS keys to predict (default FEATURE_KEYS). */
  keys?: readonly string[];
  uposEpochs?: number;
  featsEpochs?: number;
  seed?: number;
  /** Averaged weights smaller than this are dropped. */
  prune?: number;
  lexicon?: Partial<LexiconOptions>;
  /** One lexicon from every language's sentences instead of one per language. */
  sharedLexicon?: boolean;
  /** Folds of the jackknifed lexicon entries the UPOS model trains with. */
  folds?: number;
  trainedOn?: string;
  log?: (msg: string) => void;
}

type Tagged = { words: readonly string[]; upos: readonly number[] };

/** UPOS index → the FEATS strings seen with it, most frequent first (ties by string). */
function featsBundles(tagged: readonly Tagged[], feats: readonly string[][], nTags: number): string[][] {
  const counts = Array.from({ length: nTags }, () => new Map<string, number>());
  tagged.forEach((s, si) =>
    s.upos.forEach((u, i) => counts[u].set(feats[si][i], (counts[u].get(feats[si][i]) ?? 0) + 1)),
  );
  return counts.map((m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f));
}

/** FEATS → words of the tag dictionary that (nearly) always have it with their dictionary UPOS. */
function featsDictionary(
  tagged: readonly Tagged[],
  feats: readonly string[][],
  lexicon: Map<string, number>,
  opts: LexiconOptions,
): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  tagged.forEach((s, si) =>
    s.words.forEach((w, i) => {
      if (dictTagOf(lexicon.get(w) ?? 0) !== s.upos[i]) return;
      let m = counts.get(w);
      if (!m) counts.set(w, (m = new Map()));
      m.set(feats[si][i], (m.get(feats[si][i]) ?? 0) + 1);
    }),
  );
  const out: Record<string, string[]> = {};
  for (const [w, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [f, n] = [...m].sort((a, b) => b[1] - a[1])[0];
    if (total >= opts.dictMinCount && n >= opts.featsDictMinRatio * total) (out[f] ??= []).push(w);
  }
  return out;
}

export const LEXICON_DEFAULTS: LexiconOptions = {
  minCount: 3,
  minShare: 0.05,
  dictMinCount: 20,
  dictMinRatio: 0.97,
  featsDictMinRatio: 0.99,
};

export function trainTaggerModel(sents: readonly TrainSentence[], opts: TrainOptions): Uint8Array {
  const log = opts.log ?? ((): void => {});
  const langs = [...new Set(sents.map((s) => s.lang))].sort();
  const rand = seededRandom(opts.seed ?? 1);
  const uposNames = [...new Set(sents.flatMap((s) => s.upos))].sort();
  const uposIndex = new Map(uposNames.map((u, i) => [u, i]));
  const keys = opts.keys ?? FEATURE_KEYS;
  const restricted = sents.map((s) => s.feats.map((f) => restrictFeats(f, keys)));
  const heads = new Heads(headsOfData(restricted.flat(), keys));
  const nh = heads.heads.length;

  // Per language: the lexicon, its jackknifed entries for training, the FEATS classes each UPOS may take.
  const lexOpts = { ...LEXICON_DEFAULTS, ...opts.lexicon };
  const perLang = new Map(
    langs.map((l) => {
      const mine = sents.filter((s) => s.lang === l);
      const tagged = mine.map((s) => ({ words: s.words, upos: s.upos.map((u) => uposIndex.get(u)!) }));
      // The lexicon counts each sentence once, however often it is repeated for weight.
      const lexSents = [...new Set(opts.sharedLexicon ? sents : mine)];
      const lexTagged = lexSents.map((s) => ({ words: s.words, upos: s.upos.map((u) => uposIndex.get(u)!) }));
      const lexicon = buildLexicon(lexTagged, uposNames.length, lexOpts);
      const folded = jackknifedEntries(lexTagged, uposNames.length, opts.folds ?? 10, lexOpts);
      const entries = new Map(lexSents.map((s, i) => [s, folded[i]]));
      const bundles = featsBundles(
        tagged,
        restricted.filter((_, si) => sents[si].lang === l),
        uposNames.length,
      );
      const decoder = new FeatsDecoder(heads, bundles);
      const featsDict = featsDictionary(
        tagged,
        restricted.filter((_, si) => sents[si].lang === l),
        lexicon,
        lexOpts,
      );
      return [
        l,
        { lexicon, entries, bundles, decoder, featsDict, id: langId(l, opts.langFeature ?? false) },
      ] as const;
    }),
  );
  // Gold encodings of every sentence, done once.
  const gold = sents.map((s, si) => {
    const upos = Uint16Array.from(s.upos, (u) => uposIndex.get(u) ?? 0);
    const values = new Uint8Array(s.words.length * nh);
    const L = perLang.get(s.lang)!;
    restricted[si].forEach((f, i) => heads.valuesOf(f, values, i * nh));
    const entries = L.entries.get(s)!;
    const dict = Int16Array.from(entries, dictTagOf);
    const amb = entries.map(maskOf);
    return { upos, values, dict, amb, lang: L.id, decoder: L.decoder };
  });

  const x = new Lexical();
  const feats = new Uint32Array(MAX_FEATURES);
  const order = sents.map((_, i) => i);

  const uposT = new PerceptronTrainer(uposNames.length);
  const scores = new Float64Array(Math.max(uposNames.length, heads.nClasses));
  for (let epoch = 0; epoch < (opts.uposEpochs ?? 8); epoch++) {
    let right = 0;
    let seen = 0;
    for (const si of shuffle(order, rand)) {
      const g = gold[si];
      x.load(sents[si].words);
      let p1 = 0xffff;
      let p2 = 0xffff;
      for (let i = 0; i < x.n; i++) {
        let t = g.dict[i];
        if (t < 0) {
          const k = uposFeatures(x, i, p1, p2, g.amb, g.lang, feats);
          uposT.score(feats, k, scores);
          t = 0;
          for (let c = 1; c < uposNames.length; c++) if (scores[c] > scores[t]) t = c;
          uposT.update(feats, k, g.upos[i], t);
          uposT.tick();
          seen++;
          if (t === g.upos[i]) right++;
        }
        p2 = p1;
        p1 = t;
      }
    }
    log(`UPOS epoch ${epoch + 1}: ${((100 * right) / Math.max(1, seen)).toFixed(2)}% of model-tagged words`);
  }

  const featsT = new PerceptronTrainer(Math.max(1, heads.nClasses));
  const guess = new Uint8Array(nh);
  for (let epoch = 0; epoch < (opts.featsEpochs ?? 6); epoch++) {
    let right = 0;
    let seen = 0;
    for (const si of shuffle(order, rand)) {
      const g = gold[si];
      x.load(sents[si].words);
      for (let i = 0; i < x.n; i++) {
        const k = featsFeatures(x, i, g.upos, g.lang, feats);
        featsT.score(feats, k, scores);
        g.decoder.decode(scores, g.upos[i], guess, 0);
        let allRight = true;
        for (let h = 0; h < nh; h++) {
          const off = heads.offsets[h];
          const truth = g.values[i * nh + h];
          if (guess[h] !== truth) {
            featsT.update(feats, k, off + truth, off + guess[h]);
            allRight = false;
          }
        }
        featsT.tick();
        seen++;
        if (allRight) right++;
      }
    }
    log(`FEATS epoch ${epoch + 1}: ${((100 * right) / Math.max(1, seen)).toFixed(2)}% of words all right`);
  }

  const lemmaLangs = opts.lemmaLangs ?? { [opts.lang]: 1 };
  const endingsFrom = new Set(opts.lemmaEndingsFrom ?? []);
  const lemmaHeads = LEMMA_KEYS.map((k) => heads.heads.findIndex((h) => h.key === k)).filter((h) => h >= 0);
  const lemma = buildLemmaTable(
    sents.flatMap((s, si): LemmaWords[] => {
      if (s.auto) return [];
      const upos = [...gold[si].upos];
      const feats = restricted[si];
      if (lemmaLangs[s.lang]) return [{ ...s, upos, feats, weight: lemmaLangs[s.lang] }];
      if (!endingsFrom.has(s.lang)) return [];
      // Punctuation lemmas follow each treebank's own convention ("$," in NDT): not taught across.
      const lemma = s.lemma.map((l, i) => (s.upos[i] === 'PUNCT' || s.upos[i] === 'SYM' ? '' : l));
      return [{ ...s, upos, feats, lemma, endingsOnly: true }];
    }),
    heads,
    lemmaHeads,
  );

  const L = perLang.get(opts.lang);
  const bundles: Record<string, string[]> = {};
  L?.bundles.forEach((b, u) => {
    if (b.length) bundles[uposNames[u]] = b;
  });
  const meta: TaggerMeta = {
    version: TAGGER_VERSION,
    lang: opts.lang,
    langFeature: opts.langFeature ?? false,
    upos: uposNames,
    lexicon: lexiconToJson(L?.lexicon ?? new Map()),
    heads: heads.heads,
    bundles,
    featsDict: L?.featsDict ?? {},
    lemmaClasses: lemma.classes,
    lemmaKeys: LEMMA_KEYS,
    trainedOn: opts.trainedOn ?? '',
  };
  const prune = opts.prune ?? 0.5;
  return packParts([
    encodeModel(uposT.finish({ prune }), meta),
    encodeModel(featsT.finish({ prune }), {}),
    encodeModel(lemma.table, {}),
  ]);
}
