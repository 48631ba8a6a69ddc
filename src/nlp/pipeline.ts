// The NLP stages in order over one sentence: tagger (UPOS, features, lemma) → parser (UD tree) → entity
// recogniser (BILOU). Models are loaded once per language, on first use, through the registered reader.
import type { NlpLang, NlpSentence } from './doc.ts';
import { sentenceOfWords } from './doc.ts';
import { modelFile, modelLang, readModel, readModelSync } from './models.ts';
import { Tagger } from './tagger/tagger.ts';
import { Parser } from './parser/parser.ts';
import { Recogniser } from './ner/recogniser.ts';

export class Pipeline {
  readonly lang: NlpLang;
  readonly tagger: Tagger;
  readonly parser: Parser;
  readonly ner: Recogniser;

  constructor(lang: NlpLang, tagger: Tagger, parser: Parser, ner: Recogniser) {
    this.lang = lang;
    this.tagger = tagger;
    this.parser = parser;
    this.ner = ner;
  }

  /** Runs every stage over one sentence, in place (no document context for the recogniser). */
  run(s: NlpSentence): NlpSentence {
    this.tagger.tag(s);
    this.parser.parse(s);
    this.ner.recognise(s);
    return s;
  }

  /**
   * A document's sentences, from words with their offsets, analysed. The recogniser reads them in order
   * with a memory of the document: a name it has recognised once is recognised again further down.
   */
  analyseDoc(sentences: readonly (readonly { text: string; start: number; end: number }[])[]): NlpSentence[] {
    const out = sentences.map((words) => {
      const s = sentenceOfWords(
        words.map((w) => w.text),
        words.map((w) => w.start),
        words.map((w) => w.end),
      );
      this.tagger.tag(s);
      this.parser.parse(s);
      return s;
    });
    this.ner.recogniseDoc(out);
    return out;
  }
}

const loaded = new Map<NlpLang, Pipeline>();

function build(lang: NlpLang, bytes: [Uint8Array, Uint8Array, Uint8Array]): Pipeline {
  const p = new Pipeline(lang, Tagger.load(bytes[0]), Parser.load(bytes[1]), Recogniser.load(bytes[2]));
  loaded.set(lang, p);
  return p;
}

/** The pipeline for a product language (Swedish borrows Danish), loading it synchronously if need be. */
export function pipelineFor(lang: string): Pipeline | undefined {
  const l = modelLang(lang);
  if (!l) return undefined;
  const hit = loaded.get(l);
  if (hit) return hit;
  return build(l, [
    readModelSync(modelFile(l, 'tagger')),
    readModelSync(modelFile(l, 'parser')),
    readModelSync(modelFile(l, 'ner')),
  ]);
}

/** Loads a language's models ahead of synchronous extraction (the browser's path: files are fetched). */
export async function loadPipeline(lang: string): Promise<Pipeline | undefined> {
  const l = modelLang(lang);
  if (!l) return undefined;
  const hit = loaded.get(l);
  if (hit) return hit;
  const bytes = await Promise.all([
    readModel(modelFile(l, 'tagger')),
    readModel(modelFile(l, 'parser')),
    readModel(modelFile(l, 'ner')),
  ]);
  return loaded.get(l) ?? build(l, bytes as [Uint8Array, Uint8Array, Uint8Array]);
}
