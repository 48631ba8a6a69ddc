// The trained pipeline on the held-out test splits, through the same code as `npm run eval:nlp`: a model that
// got worse, or a pipeline change that lost the models (a wrong tokenisation, a stage not run), fails here.
// The floors sit a little under the figures measured when the weights were committed (README), so noise from
// an unrelated change does not fail the build; they are floors, not targets — the targets are in the README.
import { describe, expect, it } from 'vitest';
import { hasCorpora } from '../../src/training/corpora.ts';
import { evalLanguage } from '../../src/training/eval-nlp.ts';
import type { NlpLang } from '../../src/nlp/doc.ts';

const FLOORS: Record<NlpLang, { upos: number; las: number; rawLas: number; ner: number }> = {
  nb: { upos: 0.955, las: 0.815, rawLas: 0.795, ner: 0.75 },
  nn: { upos: 0.95, las: 0.8, rawLas: 0.78, ner: 0.74 },
  da: { upos: 0.915, las: 0.665, rawLas: 0.64, ner: 0.675 },
  en: { upos: 0.935, las: 0.785, rawLas: 0.685, ner: 0.6 },
};

describe.skipIf(!hasCorpora())('the trained pipeline on the test splits', () => {
  for (const lang of Object.keys(FLOORS) as NlpLang[]) {
    it(`${lang}: UPOS, LAS (gold tokens and raw text) and NER through the graph stay above their floors`, () => {
      const f = evalLanguage(lang, 'test');
      const floor = FLOORS[lang];
      expect(f.gold.upos.f1).toBeGreaterThanOrEqual(floor.upos);
      expect(f.gold.las.f1).toBeGreaterThanOrEqual(floor.las);
      expect(f.raw.las.f1).toBeGreaterThanOrEqual(floor.rawLas);
      expect(f.nerF1).toBeGreaterThanOrEqual(floor.ner);
    }, 180_000);
  }
});
