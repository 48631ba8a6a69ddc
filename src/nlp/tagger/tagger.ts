// The tagger: UPOS by a greedy left-to-right averaged perceptron (frequent unambiguous words straight from a
// tag dictionary), then the FEATS keys the relation rules read, then the lemma. One file holds the three
// models; the arrays for one sentence are reused, so tagging allocates little more than the output strings.
import { hashString } from '../model/hash.ts';
import { decodeModel } from '../model/codec.ts';
import type { LinearModel } from '../model/linear.ts';
import type { NlpSentence } from '../doc.ts';
import { unpackParts } from './bundle.ts';
import { Lexical } from './lexical.ts';
import { Lemmatizer } from './lemma.ts';
import { dictTagOf, lexiconFromJson, maskOf } from './lexicon.ts';
import { PackedScorer } from '../model/packed-scorer.ts';
import { FeatsDecoder } from './feats-decoder.ts';
import { Heads } from './morph.ts';
import type { Head } from './morph.ts';
import { MAX_FEATURES, NO_TAG, featsFeatures, uposFeatures } from './templates.ts';

export const TAGGER_VERSION = 1;

export interface TaggerMeta {
  version: number;
  /** Language the file tags. */
  lang: string;
  /** Trained on several languages with the language conjoined to the features. */
  langFeature: boolean;
  upos: string[];
  /** Packed lexicon entries (lexicon.ts) → the words (as written) that have them. */
  lexicon: Record<string, string[]>;
  heads: Head[];
  /** UPOS → the FEATS combinations (on the predicted keys) it may take. */
  bundles: Record<string, string[]>;
  /** FEATS → the words of the tag dictionary that always have it (with their dictionary UPOS). */
  featsDict: Record<string, string[]>;
  lemmaClasses: string[];
  lemmaKeys: string[];
  /** What the model was trained on (corpus files, sentence counts): a description, no text. */
  trainedOn: string;
}

/** Language id fed to the features: 0 for a single-language model. */
export function langId(lang: string, langFeature: boolean): number {
  return langFeature ? hashString(lang) || 1 : 0;
}

export class Tagger {
  readonly meta: TaggerMeta;
  private readonly uposModel: PackedScorer;
  private readonly featsModel: PackedScorer;
  private readonly lemmatizer: Lemmatizer;
  private readonly heads: Heads;
  private readonly lexicon: Map<string, number>;
  private readonly lang: number;
  private readonly propn: number;
  private readonly decoder: FeatsDecoder;
  /** Word → its FEATS bundle (index among its dictionary UPOS's bundles). */
  private readonly featsDict: Map<string, number>;
  private readonly x = new Lexical();
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private uposScores: Float64Array;
  private featsScores: Float64Array;
  private dict = new Int16Array(64);
  private amb = new Uint32Array(64);
  private upos = new Uint16Array(64);
  private values = new Uint8Array(64 * 16);

  constructor(meta: TaggerMeta, uposModel: LinearModel, featsModel: LinearModel, lemmaTable: LinearModel) {
    this.meta = meta;
    this.uposModel = new PackedScorer(uposModel);
    this.featsModel = new PackedScorer(featsModel);
    this.heads = new Heads(meta.heads);
    const lemmaHeads = meta.lemmaKeys
      .map((k) => meta.heads.findIndex((h) => h.key === k))
      .filter((h) => h >= 0);
    this.lemmatizer = new Lemmatizer(lemmaTable, meta.lemmaClasses, lemmaHeads);
    this.lang = langId(meta.lang, meta.langFeature);
    this.propn = meta.upos.indexOf('PROPN');
    this.lexicon = lexiconFromJson(meta.lexicon);
    this.decoder = new FeatsDecoder(
      this.heads,
      meta.upos.map((u) => meta.bundles[u] ?? []),
    );
    this.featsDict = new Map();
    for (const [f, words] of Object.entries(meta.featsDict))
      for (const w of words) {
        const b = this.decoder.indexOf(dictTagOf(this.lexicon.get(w) ?? 0), f);
        if (b >= 0) this.featsDict.set(w, b);
      }
    this.uposScores = new Float64Array(uposModel.nClasses);
    this.featsScores = new Float64Array(featsModel.nClasses);
  }

  static load(bytes: Uint8Array): Tagger {
    const [u, f, l] = unpackParts(bytes, 'tagger');
    const { meta, model } = decodeModel<TaggerMeta>(u, 'tagger (UPOS)');
    if (meta.version !== TAGGER_VERSION)
      throw new Error(`tagger: model version ${meta.version}, need ${TAGGER_VERSION}`);
    return new Tagger(
      meta,
      model,
      decodeModel(f, 'tagger (FEATS)').model,
      decodeModel(l, 'tagger (lemma)').model,
    );
  }

  /** Fills s.upos, s.feats and s.lemma from s.words. */
  tag(s: NlpSentence): void {
    const words = s.words;
    const n = words.length;
    const nh = this.heads.heads.length;
    if (n > this.upos.length) {
      this.dict = new Int16Array(n * 2);
      this.amb = new Uint32Array(n * 2);
      this.upos = new Uint16Array(n * 2);
    }
    if (n * nh > this.values.length) this.values = new Uint8Array(n * nh * 2);
    const x = this.x;
    x.load(words);
    this.tagUpos(words);
    const { upos, values, dict } = this;
    const names = this.meta.upos;
    const feats = this.feats;
    const scores = this.featsScores;
    s.upos.length = n;
    s.feats.length = n;
    s.lemma.length = n;
    const decoder = this.decoder;
    for (let i = 0; i < n; i++) {
      const u = upos[i];
      s.upos[i] = names[u];
      const vb = i * nh;
      let b = dict[i] === u ? (this.featsDict.get(words[i]) ?? -1) : -1;
      if (b < 0 && decoder.fixed(u)) b = 0;
      if (b >= 0) decoder.copy(u, b, values, vb);
      else {
        const k = featsFeatures(x, i, upos, this.lang, feats);
        this.featsModel.score(feats, k, scores);
        b = decoder.decode(scores, u, values, vb);
      }
      s.feats[i] = decoder.str(u, b);
      s.lemma[i] = this.lemmatizer.lemma(x, i, words[i], u, values, vb, u === this.propn);
    }
  }

  private tagUpos(words: readonly string[]): void {
    const { x, dict, amb, upos, feats } = this;
    const n = words.length;
    const scores = this.uposScores;
    const nc = this.uposModel.nClasses;
    for (let i = 0; i < n; i++) {
      const e = this.lexicon.get(words[i]) ?? 0;
      dict[i] = dictTagOf(e);
      amb[i] = maskOf(e);
    }
    let p1 = NO_TAG;
    let p2 = NO_TAG;
    for (let i = 0; i < n; i++) {
      let t = dict[i];
      if (t < 0) {
        const k = uposFeatures(x, i, p1, p2, amb, this.lang, feats);
        this.uposModel.score(feats, k, scores);
        t = 0;
        for (let c = 1; c < nc; c++) if (scores[c] > scores[t]) t = c;
      }
      upos[i] = t;
      p2 = p1;
      p1 = t;
    }
  }
}
