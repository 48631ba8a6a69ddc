// Extraction throughput on ≥1,000,000 words per language (seeds varied and repeated), single thread.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTextArticle } from '../src/articles/parse.ts';
import type { ArticleInput } from '../src/articles/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { pipelineFor } from '../src/nlp/pipeline.ts';
import '../src/platform/node.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseTextArticle(f, f, readFileSync(join(root, 'seeds', f), 'utf8')));
const english = readFileSync(join(root, 'test/fixtures/texts/en-attack.txt'), 'utf8');

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
// Name variation so caches and interning cannot make repeats free.
const NAMES = ['Hansen', 'Larsen', 'Berg', 'Moe', 'Lund', 'Dahl', 'Holm', 'Vik'];
function vary(text: string, i: number): string {
  return text
    .replace(/Soleimani/g, `Soleimani${NAMES[i % NAMES.length]}`)
    .replace(/onsdag|mandag/g, i % 2 ? 'tirsdag' : 'fredag');
}

function corpus(base: ArticleInput[], target: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const a = base[i % base.length];
    const text = vary(a.text, i);
    out.push({ id: `${i}-${a.id}`, file: a.file, text, lang: a.lang });
    n += words(text);
  }
  return out;
}

function run(label: string, articles: ArticleInput[]): void {
  const total = articles.reduce((s, a) => s + words(a.text), 0);
  // The language's models (tagger, parser, entity recogniser) load lazily on its first article: timed apart.
  const l0 = performance.now();
  pipelineFor(label);
  const loadMs = performance.now() - l0;
  globalThis.gc?.();
  const t0 = performance.now();
  let nodes = 0;
  let peakHeap = 0;
  for (const [i, a] of articles.entries()) {
    nodes += extractArticle(a).order;
    if (i % 200 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const s = (performance.now() - t0) / 1000;
  const mem = process.memoryUsage();
  const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
  console.log(
    `${label.padEnd(3)} ${total.toLocaleString('en')} words in ${s.toFixed(2)} s: ${Math.round(total / s).toLocaleString('en')} words/s ` +
      `(${articles.length} articles, ${nodes} nodes; models loaded in ${loadMs.toFixed(0)} ms; heap peak ${mb(Math.max(peakHeap, mem.heapUsed))}, rss ${mb(mem.rss)})`,
  );
}

const da = seeds.filter((a) => /^00[014]/.test(a.id)).map((a) => ({ ...a, lang: 'da' as const }));
const nb = seeds.filter((a) => /^00[23]/.test(a.id)).map((a) => ({ ...a, lang: 'nb' as const }));
const en = [{ id: 'en', file: 'en-attack.txt', text: english, lang: 'en' as const }];
run('da', corpus(da, 1_000_000));
run('nb', corpus(nb, 1_000_000));
run('en', corpus(en, 1_000_000));
