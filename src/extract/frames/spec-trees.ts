// Hand-built parse trees for the frame specs, written one word per field group:
//   "form|UPOS|head|deprel[|lemma[|feats[|ner]]]"  (head 1-based, 0 for the root; "" keeps a default;
//   features joined by commas: "Tense=Past,VerbForm=Part")
// e.g. "Norge|PROPN|2|nsubj angrep|VERB|0|root|angripe Kardia|PROPN|2|obj||_|U-GPE_LOC". The specs build
// the trees the trained parser would give, so frames are tested before (and apart from) the models.
import type { NlpSentence } from '../../nlp/doc.ts';
import { sentenceOfWords } from '../../nlp/doc.ts';

export function parseTree(spec: string): NlpSentence {
  const rows = spec
    .trim()
    .split(/\s+/)
    .map((w) => w.split('|'));
  const s = sentenceOfWords(rows.map((r) => r[0]));
  rows.forEach((r, i) => {
    const [, upos, head, deprel, lemma, feats, ner] = r;
    if (upos === undefined || head === undefined || deprel === undefined)
      throw new Error(`word ${i + 1} "${r.join('|')}": needs form|UPOS|head|deprel`);
    s.upos[i] = upos;
    s.head[i] = Number(head) - 1;
    s.deprel[i] = deprel;
    s.lemma[i] = lemma || r[0].toLowerCase();
    s.feats[i] = feats ? feats.replace(/,/g, '|') : '_';
    s.ner[i] = ner || 'O';
  });
  return s;
}

const registry = new Map<string, NlpSentence>();

/** Registers hand-built trees; the hand pipeline returns the one whose words match a sentence's. */
export function handTrees(specs: readonly string[]): void {
  for (const spec of specs) {
    const s = parseTree(spec);
    registry.set(s.words.join(' '), s);
  }
}

type Words = readonly { text: string; start: number; end: number }[];

function analyse(words: Words): NlpSentence {
  if (!words.length) return sentenceOfWords([]);
  const key = words.map((w) => w.text).join(' ');
  const s = registry.get(key);
  if (!s) throw new Error(`no hand tree for the words: ${key}`);
  return {
    ...s,
    start: words[0].start,
    end: words[words.length - 1].end,
    starts: words.map((w) => w.start),
    ends: words.map((w) => w.end),
  };
}

/** Stands in for src/nlp/pipeline.ts in the specs (vi.mock): hand trees instead of trained models. */
export const handPipelineModule = {
  pipelineFor: () => ({
    analyse,
    analyseDoc: (sentences: readonly Words[]): NlpSentence[] => sentences.map(analyse),
    // Hand trees are final: a retagged word is not parsed again.
    parser: { parse: (): void => undefined },
  }),
};
