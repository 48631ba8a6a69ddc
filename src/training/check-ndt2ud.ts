// Converts the native NDT dev files to UD and prints their agreement with the UD dev files, token by token (the
// token sequences are identical once the `|` markers are dropped; Bokmål UD merges two NDT sentences into one,
// so heads are compared as positions in the whole file). Only counts and labels are printed, never text.
//   node --import tsx src/training/check-ndt2ud.ts [--errors]   (--errors: breakdown by NDT label and POS)
import { parseConllu } from '../nlp/corpus/conllu.ts';
import type { UdWord } from '../nlp/corpus/conllu.ts';
import { readNdt } from '../nlp/corpus/ndt.ts';
import { ndtToUd, treeProblem } from '../nlp/corpus/ndt2ud.ts';
import { readCorpus } from './corpora.ts';

/** The features the tagger is scored on. */
const SCORED_FEATS = [
  'VerbForm',
  'Voice',
  'Tense',
  'Mood',
  'Definite',
  'Number',
  'Gender',
  'Case',
  'Degree',
  'PronType',
  'Poss',
];

interface Flat extends UdWord {
  /** Head as a 0-based position in the file, -1 for a root. */
  abs: number;
  ndtLabel: string;
  ndtPos: string;
}

function flatten(sents: { words: UdWord[] }[], ndt?: { deprel: string; pos: string }[][]): Flat[] {
  const out: Flat[] = [];
  sents.forEach((s, si) => {
    const base = out.length;
    s.words.forEach((w, i) =>
      out.push({
        ...w,
        abs: w.head === 0 ? -1 : base + w.head - 1,
        ndtLabel: ndt?.[si][i].deprel ?? '',
        ndtPos: ndt?.[si][i].pos ?? '',
      }),
    );
  });
  return out;
}

const scored = (feats: string): string =>
  feats === '_'
    ? ''
    : feats
        .split('|')
        .filter((f) => SCORED_FEATS.includes(f.slice(0, f.indexOf('='))))
        .join('|');

const pct = (a: number, n: number): string => ((100 * a) / n).toFixed(2).padStart(6);
const universal = (l: string): string => l.split(':')[0];

function top(m: Map<string, number>, k: number): string[] {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, n]) => `  ${String(n).padStart(5)}  ${key}`);
}

function check(lang: string, errors: boolean): void {
  const ndt = readNdt(readCorpus(`dev/no_${lang}-ndt-dev.conll.gz`));
  const conv = ndt.map((s) => ndtToUd(s, lang === 'nynorsk' ? 'nn' : 'nb'));
  const pred = flatten(
    conv,
    ndt.map((s) => s.words),
  );
  const gold = flatten(parseConllu(readCorpus(`dev/no_${lang}-ud-dev.conllu.gz`)));
  if (pred.length !== gold.length) throw new Error(`${lang}: ${pred.length} vs ${gold.length} words`);
  let upos = 0;
  let feats = 0;
  let allFeats = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const confusions = new Map<string, number>();
  const byNdt = new Map<string, [number, number]>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  pred.forEach((p, i) => {
    const g = gold[i];
    if (p.upos === g.upos) upos++;
    if (scored(p.feats) === scored(g.feats)) feats++;
    if (p.feats === g.feats) allFeats++;
    const headOk = p.abs === g.abs;
    if (headOk) uas++;
    if (headOk && universal(p.deprel) === universal(g.deprel)) las++;
    if (headOk && p.deprel === g.deprel) lasFull++;
    if (!headOk || p.deprel !== g.deprel)
      inc(confusions, `${g.deprel} → ${p.deprel}${headOk ? '' : ' (head)'}`);
    const key = `${p.ndtLabel} ${p.ndtPos}`;
    const e = byNdt.get(key) ?? [0, 0];
    e[0]++;
    if (headOk && p.deprel === g.deprel) e[1]++;
    byNdt.set(key, e);
  });
  const n = pred.length;
  console.log(
    `${lang}: ${n} words  UPOS ${pct(upos, n)}  FEATS ${pct(feats, n)} (all ${pct(allFeats, n)})  ` +
      `UAS ${pct(uas, n)}  LAS ${pct(las, n)}  LAS-full ${pct(lasFull, n)}`,
  );
  console.log('  most frequent disagreements (UD → converted):');
  for (const line of top(confusions, 15)) console.log(line);
  if (errors) {
    console.log('  errors by NDT label and POS (tokens, wrong head or full label):');
    const rows = [...byNdt].map(([k, [t, ok]]) => [k, t - ok, t] as const).sort((a, b) => b[1] - a[1]);
    for (const [k, bad, t] of rows.slice(0, 25)) console.log(`  ${String(bad).padStart(5)} / ${t}  ${k}`);
  }
}

/** Every converted tree must be valid; train matters most, as the parser learns from it. */
function validate(path: string): void {
  let bad = 0;
  const sents = readNdt(readCorpus(path));
  for (const s of sents) {
    const problem = treeProblem(ndtToUd(s).words.map((w) => w.head));
    if (problem && bad++ < 5) console.log(`  invalid tree ${s.id}: ${problem}`);
  }
  console.log(`${path}: ${sents.length} sentences, ${bad} invalid trees`);
}

const errors = process.argv.includes('--errors');
for (const lang of ['bokmaal', 'nynorsk']) check(lang, errors);
for (const lang of ['bokmaal', 'nynorsk'])
  for (const split of ['train', 'dev']) validate(`${split}/no_${lang}-ndt-${split}.conll.gz`);
