// The named-entity recogniser: a greedy BILOU tagger over an averaged-perceptron model, with word statistics
// and gazetteer marks as features. Pure: it takes the model bytes, never reads files.
import { decodeModel } from '../model/codec.ts';
import type { LinearModel } from '../model/linear.ts';
import type { NlpSentence } from '../doc.ts';
import { Decoder } from './decode.ts';
import { Featurizer } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import { lexiconGazetteer } from './lexicon.ts';
import { NerMemory } from './memory.ts';
import { PackedScorer } from '../model/packed-scorer.ts';
import { TagSet, spansOfBilou } from './tags.ts';
import type { Span } from './tags.ts';
import { WordStats } from './words.ts';
import type { WordStatsData } from './words.ts';

/** Bumped whenever features change: a model trained with other features must not be read. */
export const NER_FEATURES_VERSION = 3;

export interface NerMeta {
  component: 'ner';
  featuresVersion: number;
  lang: string;
  /** Entity types, in class order. */
  types: string[];
  words: WordStatsData;
  /** Fingerprint of the gazetteer the model was trained with; 0 when trained without one. */
  gazetteer: number;
  /** Trained with the document memory (memory.ts): `recogniseDoc` uses it. */
  memory?: boolean;
  /** Trained with the tagger's UPOS as features: `recognise` expects `upos` filled. */
  pos?: boolean;
  /** What the model was trained on (corpus file names, epochs): provenance, not read by the code. */
  trainedOn?: string;
}

export class Recogniser {
  readonly meta: NerMeta;
  readonly tags: TagSet;
  /** False when the gazetteer given differs from the one the model was trained with (still works, less well). */
  readonly gazetteerMatches: boolean;
  private readonly model: PackedScorer;
  private readonly fz: Featurizer;
  private readonly decoder: Decoder;
  private out = new Int32Array(64);
  private doc = new Uint32Array(64);

  private constructor(meta: NerMeta, model: LinearModel, gazetteer: Gazetteer | null) {
    this.meta = meta;
    this.model = new PackedScorer(model);
    this.tags = new TagSet(meta.types);
    this.fz = new Featurizer(new WordStats(meta.words), gazetteer);
    this.decoder = new Decoder(this.tags, this.fz);
    this.gazetteerMatches = (gazetteer?.fingerprint ?? 0) === meta.gazetteer;
  }

  /**
   * A recogniser from a model file. Without `gazetteer`, a model trained with one uses the gazetteer built from
   * the project's lexicons (the one training used).
   */
  static load(bytes: Uint8Array, gazetteer?: Gazetteer): Recogniser {
    const { meta, model } = decodeModel<NerMeta>(bytes, 'ner model');
    if (meta.component !== 'ner') throw new Error(`ner model: file is a ${String(meta.component)} model`);
    if (meta.featuresVersion !== NER_FEATURES_VERSION)
      throw new Error(
        `ner model: features version ${meta.featuresVersion}, expected ${NER_FEATURES_VERSION}`,
      );
    const gaz = gazetteer ?? (meta.gazetteer ? lexiconGazetteer() : null);
    return new Recogniser(meta, model, gaz);
  }

  /** An empty memory for one document's sentences (see `recognise`). */
  newMemory(): NerMemory {
    return new NerMemory(this.tags.types.length + 1);
  }

  /**
   * Fills `s.ner` with BILOU tags. With `memory` (one per document, sentences in order), what was found earlier
   * in the document informs later sentences.
   */
  recognise(s: NlpSentence, memory?: NerMemory): void {
    const n = s.words.length;
    if (this.out.length < n) {
      this.out = new Int32Array(n * 2);
      this.doc = new Uint32Array(n * 2);
    }
    const p = this.fz.prepare(s.words, this.meta.pos ? s.upos : undefined, true);
    const useMemory = memory !== undefined && this.meta.memory === true;
    if (useMemory) memory.features(p, this.doc);
    this.decoder.decode(this.model, p, this.out, undefined, useMemory ? this.doc : undefined);
    if (useMemory) memory.record(p, this.out, this.tags);
    const names = this.tags.names;
    const ner = new Array<string>(n);
    for (let i = 0; i < n; i++) ner[i] = names[this.out[i]];
    s.ner = ner;
  }

  /** Every sentence of one document, in order, with a shared memory. */
  recogniseDoc(sentences: readonly NlpSentence[]): void {
    const memory = this.newMemory();
    for (const s of sentences) this.recognise(s, memory);
  }

  /** Entity spans of a sentence's `ner` tags (token offsets, end exclusive). */
  spans(s: NlpSentence): Span[] {
    return spansOfBilou(s.ner);
  }
}
