// Training of the named-entity recogniser: greedy BILOU tagging with an averaged perceptron, learning from its
// own predicted history (with an oracle that says which class to push towards when the gold one is no longer
// reachable). Deterministic: sources are read in a fixed order and shuffled with a seeded generator.
// CLI: node --import tsx src/training/train-ner.ts <lang…> [--dev] [--no-write] [--epochs N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../nlp/corpus/conllu.ts';
import { bilou, parseIob2, spansOf } from '../nlp/corpus/iob2.ts';
import { sentenceOfWords } from '../nlp/doc.ts';
import type { NlpLang, NlpSentence } from '../nlp/doc.ts';
import { Tagger } from '../nlp/tagger/tagger.ts';
import { encodeModel } from '../nlp/model/codec.ts';
import { PerceptronTrainer } from '../nlp/model/perceptron.ts';
import { seededRandom, shuffle } from '../nlp/model/random.ts';
import { Decoder, oracle } from '../nlp/ner/decode.ts';
import type { Learner } from '../nlp/ner/decode.ts';
import { NerMemory } from '../nlp/ner/memory.ts';
import { Featurizer } from '../nlp/ner/features.ts';
import type { Prepared } from '../nlp/ner/features.ts';
import { lexiconGazetteer } from '../nlp/ner/lexicon.ts';
import { NER_FEATURES_VERSION, Recogniser } from '../nlp/ner/recogniser.ts';
import type { NerMeta } from '../nlp/ner/recogniser.ts';
import { TagSet } from '../nlp/ner/tags.ts';
import { GAZ_CATEGORIES, GAZ_U } from '../nlp/ner/gazetteer.ts';
import { WordCounter, WordStats } from '../nlp/ner/words.ts';
import { readCorpus, repoRoot } from './corpora.ts';
import { devDocs, docIds, evalSet, evaluateNer, formatScores, weightsPath } from './eval-ner.ts';

const NORNE = ['PER', 'ORG', 'LOC', 'GPE_LOC', 'GPE_ORG', 'PROD', 'EVT', 'DRV', 'MISC'];
const THREE = ['PER', 'ORG', 'LOC'];

export interface NerSource {
  file: string;
  /** Corpus type → model type (null: not an entity for this model); identity when omitted. */
  map?: Record<string, string | null>;
  /** Update size for this source's mistakes (1 by default): how much the model should follow it. */
  weight?: number;
  /** Every sentence is a document of its own (tweets), whatever the file's `# newdoc` comments say. */
  sentenceDocs?: boolean;
  /** Drop one-word spans that are nationality words (the source marks some, the target guidelines do not). */
  dropDemonyms?: boolean;
}

export interface NerConfig {
  types: string[];
  sources: NerSource[];
  /** Extra unlabelled text (CoNLL-U train files) for the word statistics only. */
  statsText?: string[];
  epochs: number;
  /** Averaged weights smaller than this are dropped from the model file. */
  prune: number;
  gazetteer: boolean;
  seed: number;
  /** Document memory features (ner/memory.ts), from the sources' `# newdoc` comments. */
  memory?: boolean;
  /** Part-of-speech features from the language's committed tagger (which then runs before the recogniser). */
  pos?: boolean;
}

const NB = 'train/no_bokmaal-norne-train.iob2.gz';
const NN = 'train/no_nynorsk-norne-train.iob2.gz';
// UNER marks a country as LOC whatever its role (Danish train: "Danmark" 46 LOC, 1 ORG), so NorNE's GPE_ORG
// becomes LOC when bokmål helps the Danish model.
export const NORNE_TO_UNER: Record<string, string | null> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  GPE_LOC: 'LOC',
  GPE_ORG: 'LOC',
  PROD: null,
  EVT: null,
  DRV: null,
  MISC: null,
};

const base = { epochs: 10, prune: 0, gazetteer: true, seed: 1, memory: true };

export const NER_CONFIGS: Record<NlpLang, NerConfig> = {
  // Each Norwegian variety learns from the other (dev: bokmål +1.7 F1 with nynorsk at half weight; nynorsk
  // +3.8 with bokmål at half weight, about +0.5 more at full weight).
  nb: { ...base, types: NORNE, sources: [{ file: NB }, { file: NN, weight: 0.5 }] },
  nn: { ...base, types: NORNE, sources: [{ file: NN }, { file: NB }] },
  da: {
    ...base,
    types: THREE,
    sources: [{ file: 'train/da_ddt-uner-train.iob2.gz' }, { file: NB, weight: 0.5, map: NORNE_TO_UNER }],
    // Danish UNER has no document boundaries to remember across.
    memory: false,
  },
  en: {
    ...base,
    types: THREE,
    sources: [
      { file: 'train/en_wikigold-ner.iob2.gz', map: { MISC: null }, dropDemonyms: true },
      { file: 'train/en_btc-ner-train.iob2.gz', weight: 0.5, dropDemonyms: true, sentenceDocs: true },
    ],
    statsText: ['train/en_ewt-ud-train.conllu.gz'],
  },
};

interface Example {
  p: Prepared;
  /** Document number (sentences of a document are consecutive). */
  doc: number;
  /** Class per token; -1: unknown (no update). */
  gold: Int32Array;
  weight: number;
}

export interface TrainedNer {
  bytes: Uint8Array;
  meta: NerMeta;
  seconds: number;
  sentences: number;
  tokens: number;
}

/** Perceptron epochs over the examples, each decoded greedily with the model's own history. */
function learn(examples: Example[], tags: TagSet, fz: Featurizer, cfg: NerConfig, epochs: number, log: Log) {
  const trainer = new PerceptronTrainer(tags.size);
  const decoder = new Decoder(tags, fz);
  const rand = seededRandom(cfg.seed);
  const tokens = examples.reduce((a, e) => a + e.p.n, 0);
  const docs: Example[][] = [];
  for (const ex of examples) {
    if (!docs.length || docs[docs.length - 1][0].doc !== ex.doc) docs.push([]);
    docs[docs.length - 1].push(ex);
  }
  const memory = new NerMemory(tags.types.length + 1);
  let out = new Int32Array(256);
  let docFeats = new Uint32Array(256);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const doc of shuffle([...docs], rand)) {
      memory.clear();
      for (const ex of doc) {
        if (out.length < ex.p.n) {
          out = new Int32Array(ex.p.n * 2);
          docFeats = new Uint32Array(ex.p.n * 2);
        }
        if (cfg.memory) memory.features(ex.p, docFeats);
        const learner: Learner = (i, feats, n, guess, prev) => {
          if (ex.gold[i] >= 0) {
            const truth = oracle(tags, ex.gold, i, prev);
            if (truth !== guess) {
              trainer.update(feats, n, truth, guess, ex.weight);
              errors++;
            }
          }
          trainer.tick();
        };
        decoder.decode(trainer, ex.p, out, learner, cfg.memory ? docFeats : undefined);
        if (cfg.memory) memory.record(ex.p, out, tags);
      }
    }
    log(`  epoch ${epoch + 1}: ${errors} errors (${((100 * errors) / tokens).toFixed(2)}%)`);
  }
  return trainer;
}

type Log = (line: string) => void;

/** Trains one language's recogniser; `over` changes the configuration (experiments). */
export function trainNer(lang: NlpLang, over: Partial<NerConfig> = {}, log: Log = console.log): TrainedNer {
  const cfg = { ...NER_CONFIGS[lang], ...over };
  const t0 = performance.now();
  const tags = new TagSet(cfg.types);
  const raw = cfg.sources.map((src) => {
    const text = readCorpus(src.file);
    return { src, sents: parseIob2(text), docs: docIds(text) };
  });
  const counter = new WordCounter();
  for (const { sents } of raw) for (const s of sents) counter.add(s.words);
  for (const file of cfg.statsText ?? [])
    for (const s of parseConllu(readCorpus(file)))
      counter.add(
        s.words.map((w) => w.form),
        s.words.map((w) => w.upos),
      );
  const words = counter.build(2);
  const gaz = cfg.gazetteer ? lexiconGazetteer() : null;
  const fz = new Featurizer(new WordStats(words), gaz);
  const tagger = cfg.pos ? taggerFor(lang) : null;
  const uposOf = (ws: string[]): string[] | undefined => {
    if (!tagger) return undefined;
    const s = sentenceOfWords(ws);
    tagger(s);
    return s.upos;
  };
  const demonym = GAZ_CATEGORIES.indexOf('demonym') * 4 + GAZ_U;
  const country = GAZ_CATEGORIES.indexOf('country') * 4 + GAZ_U;
  const examples: Example[] = [];
  let docBase = 0;
  for (const { src, sents, docs } of raw) {
    if (docs.length !== sents.length) throw new Error(`${src.file}: documents out of step with sentences`);
    sents.forEach((s, k) => {
      const doc = docBase + (src.sentenceDocs ? k : docs[k]);
      const marks = src.dropDemonyms && gaz ? gaz.mark(s.words).span : null;
      const spans = spansOf(s.tags).flatMap((sp) => {
        const type = src.map && sp.type in src.map ? src.map[sp.type] : sp.type;
        // A nationality word alone is not a name under the UNER guidelines, whatever the source said.
        if (marks && sp.end - sp.start === 1) {
          const m = marks[sp.start];
          if ((m >>> demonym) & 1 && !((m >>> country) & 1)) return [];
        }
        return type && cfg.types.includes(type) ? [{ ...sp, type }] : [];
      });
      const gold = Int32Array.from(bilou(spans, s.words.length), (t) => tags.classOf(t));
      examples.push({ p: fz.prepare(s.words, uposOf(s.words)), doc, gold, weight: src.weight ?? 1 });
    });
    docBase += sents.length;
  }
  const sentences = examples.length;
  const tokens = examples.reduce((a, e) => a + e.p.n, 0);
  log(`${lang}: ${sentences} sentences, ${tokens} tokens, ${words.words.length} chars of words`);
  const model = learn(examples, tags, fz, cfg, cfg.epochs, log).finish({ prune: cfg.prune });
  const meta: NerMeta = {
    component: 'ner',
    featuresVersion: NER_FEATURES_VERSION,
    lang,
    types: cfg.types,
    words,
    gazetteer: gaz?.fingerprint ?? 0,
    memory: cfg.memory === true,
    pos: tagger !== null,
    trainedOn: `${cfg.sources.map((s) => s.file.replace(/^train\//, '') + (s.weight ? ` ×${s.weight}` : '')).join(' + ')}; ${cfg.epochs} epochs${cfg.statsText ? `; word statistics also from ${cfg.statsText.map((f) => f.replace(/^train\//, '')).join(', ')}` : ''}`,
  };
  const bytes = encodeModel(model, meta);
  const seconds = (performance.now() - t0) / 1000;
  log(
    `  ${model.keys.length} features, ${model.nnz} weights, ${bytes.length} bytes, ${seconds.toFixed(1)} s`,
  );
  return { bytes, meta, seconds, sentences, tokens };
}

/** The committed tagger of a language as a function that fills `upos` (NER_TAGGER overrides the file). */
export function taggerFor(lang: NlpLang): (s: NlpSentence) => void {
  const path = process.env.NER_TAGGER ?? join(repoRoot, 'src/nlp/weights', `${lang}.tagger.ngm`);
  const tagger = Tagger.load(new Uint8Array(readFileSync(path)));
  return (s) => tagger.tag(s);
}

function main(argv: string[]): void {
  const langs = argv.filter((a) => /^(da|nb|nn|en)$/.test(a)) as NlpLang[];
  const over: Partial<NerConfig> = {};
  const epochs = argv.indexOf('--epochs');
  if (epochs >= 0) over.epochs = Number(argv[epochs + 1]);
  const prune = argv.indexOf('--prune');
  if (prune >= 0) over.prune = Number(argv[prune + 1]);
  if (argv.includes('--no-gaz')) over.gazetteer = false;
  if (argv.includes('--pos')) over.pos = true;
  if (argv.includes('--memory')) over.memory = true;
  const seed = argv.indexOf('--seed');
  if (seed >= 0) over.seed = Number(argv[seed + 1]);
  const add = argv.indexOf('--add');
  const lang0 = langs[0] ?? 'nb';
  if (add >= 0)
    over.sources = [
      ...NER_CONFIGS[lang0].sources.slice(0, 1),
      ...argv[add + 1].split(',').map((f) => {
        const [file, w] = f.split('@');
        return { file, weight: w ? Number(w) : undefined, map: lang0 === 'da' ? NORNE_TO_UNER : undefined };
      }),
    ];
  for (const lang of langs.length ? langs : (['nb', 'nn', 'da', 'en'] as NlpLang[])) {
    const trained = trainNer(lang, over);
    if (!argv.includes('--no-write')) {
      const path = weightsPath(lang);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, trained.bytes);
      console.log(`  wrote ${path}`);
    }
    if (argv.includes('--dev')) {
      const { file, map } = evalSet(lang, 'dev');
      const pos = trained.meta.pos ? taggerFor(lang) : undefined;
      const ev = evaluateNer(
        Recogniser.load(trained.bytes),
        parseIob2(readCorpus(file)),
        map,
        pos,
        devDocs(lang, 'dev'),
      );
      console.log(formatScores('dev full', ev.full));
      console.log(formatScores('dev PER/ORG/LOC', ev.three));
      console.log(`  ${Math.round(ev.wordsPerSecond)} words/s`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
