// The models must never have seen a test sentence. Every corpus file a training script names (train/ and the
// dev files Danish borrows) is compared with every test split: no sentence of ten tokens or more may be in
// both. Shorter ones ("Takk .") recur naturally across splits and say nothing about leakage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corporaDir, hasCorpora, readCorpus, repoRoot } from '../../src/training/corpora.ts';
import { parseConllu } from '../../src/nlp/corpus/conllu.ts';
import { parseIob2 } from '../../src/nlp/corpus/iob2.ts';

const MIN_TOKENS = 10;

function sentences(file: string): string[][] {
  const text = readCorpus(file);
  if (file.endsWith('.iob2.gz')) return parseIob2(text).map((s) => s.words);
  // NDT's paragraph markers are not words of the text.
  const clean = file.includes('-ndt-')
    ? text
        .split('\n')
        .filter((l) => !/^\d+\t\|\t/.test(l))
        .join('\n')
    : text;
  return parseConllu(clean).map((s) => s.words.map((w) => w.form));
}

const key = (words: string[]): string => words.join(' ').toLowerCase();

/** Corpus paths named in the training scripts' sources. */
function namedByTraining(): { files: Set<string>; sources: Map<string, string> } {
  const dir = join(repoRoot, 'src/training');
  const files = new Set<string>();
  const sources = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => /^train.*\.ts$|^data.*\.ts$/.test(n))) {
    const src = readFileSync(join(dir, f), 'utf8');
    sources.set(f, src);
    for (const m of src.matchAll(/['"`]((?:train|dev|test)\/[\w.-]+\.gz)['"`]/g)) files.add(m[1]);
  }
  return { files, sources };
}

describe.skipIf(!hasCorpora())('no test sentence in training data', () => {
  it('training scripts name no test file', () => {
    const { files, sources } = namedByTraining();
    expect(sources.size).toBeGreaterThan(0);
    expect([...files].filter((f) => f.startsWith('test/'))).toEqual([]);
  });

  it('no sentence of ten tokens or more is in both a training input and a test split', () => {
    const { files } = namedByTraining();
    const inputs = new Set([...readdirSync(join(corporaDir(), 'train')).map((f) => `train/${f}`), ...files]);
    const seen = new Set<string>();
    for (const f of inputs) for (const s of sentences(f)) if (s.length >= MIN_TOKENS) seen.add(key(s));
    const leaks: string[] = [];
    for (const f of readdirSync(join(corporaDir(), 'test'))) {
      for (const s of sentences(`test/${f}`)) if (s.length >= MIN_TOKENS && seen.has(key(s))) leaks.push(f);
    }
    expect(seen.size).toBeGreaterThan(40_000);
    expect(leaks).toEqual([]);
  });
});
