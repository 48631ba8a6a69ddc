// Run by hostile-time.test.ts in a process of its own (a super-linear reader would never return, and the
// test could not stop it on its own thread): times each shape of one stage, one JSON line per shape.
import { readArticles } from '../../src/articles/read.ts';
import { PLAIN, PLAIN_ARTICLE, READER_SHAPES, SENTENCE_SHAPES } from './hostile-shapes.ts';
import type { Shape } from './hostile-shapes.ts';

const [stage, size] = [process.argv[2], Number(process.argv[3])];
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const report = (shape: Shape, ms: number, extra: Record<string, unknown> = {}): void => {
  process.stdout.write(JSON.stringify({ name: shape.name, file: shape.file, ms, ...extra }) + '\n');
};

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

if (stage === 'read') {
  const plain = Object.values(PLAIN);
  for (const p of plain) readArticles(p.file, encode(p.make(size / 16))); // warm-up
  for (const shape of [...plain, ...READER_SHAPES]) {
    const bytes = encode(shape.make(size));
    report(
      shape,
      time(() => readArticles(shape.file, bytes)),
    );
  }
} else if (stage === 'split' || stage === 'extract') {
  const { splitSentences } = await import('../../src/extract/text/sentences.ts');
  let run = (text: string): unknown => splitSentences(text);
  if (stage === 'extract') {
    await import('../../src/platform/node.ts');
    const { extractArticle } = await import('../../src/extract/index.ts');
    run = (text) => extractArticle({ id: 'x', file: 'x', text });
  }
  run(PLAIN_ARTICLE.make(size / 16)); // warm-up
  for (const shape of [PLAIN_ARTICLE, ...SENTENCE_SHAPES]) {
    const text = shape.make(size);
    const cuts: number[] = [];
    if (stage === 'split') splitSentences(text, cuts);
    report(
      shape,
      time(() => run(text)),
      { cuts: cuts.length },
    );
  }
}
