// Issue 18, finding 5: every reader and the extractor finish adversarial shapes of 1 MB in linear time,
// measured against a plain article of the same size and format in the same process.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH } from '../../src/extract/text/sentences.ts';
import { PLAIN, PLAIN_ARTICLE, READER_SHAPES, SENTENCE_SHAPES } from './hostile-shapes.ts';
import { root } from './pipeline-helpers.ts';

const MB = 1024 * 1024;

interface Timing {
  name: string;
  file: string;
  ms: number;
  cuts: number;
}

/** Times one stage in a child process, stopped after `limitMs`: a shape that never ends is missing. */
function timeStage(stage: string, size: number, limitMs: number): Promise<Map<string, Timing>> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'test/integration/hostile-time-child.ts'), stage, String(size)],
      { cwd: root, timeout: limitMs, maxBuffer: 1 << 20 },
      (_err, stdout) => {
        const lines = stdout.trim().split('\n').filter(Boolean);
        resolve(new Map(lines.map((l) => JSON.parse(l) as Timing).map((t) => [t.name, t])));
      },
    );
  });
}

const extension = (file: string): string => file.slice(file.lastIndexOf('.') + 1);

describe('linear time on adversarial inputs of 1 MB', () => {
  it('every reader: each shape within 10× a plain file of its format and size', async () => {
    const times = await timeStage('read', MB, 90_000);
    for (const shape of READER_SHAPES) {
      const plain = times.get(PLAIN[extension(shape.file)].name);
      const t = times.get(shape.name);
      expect(t, `${shape.name}: did not finish`).toBeDefined();
      expect(plain).toBeDefined();
      // The floor keeps a plain reader's few milliseconds from making the bound a matter of noise.
      expect(t?.ms, shape.name).toBeLessThan(10 * Math.max(plain?.ms ?? 0, 50));
    }
  }, 120_000);

  it('the sentence splitter cuts a run without an end every MAX_SENTENCE_LENGTH characters, in linear time', async () => {
    const times = await timeStage('split', MB, 60_000);
    const plain = times.get(PLAIN_ARTICLE.name);
    expect(plain?.cuts).toBe(0);
    for (const shape of SENTENCE_SHAPES) {
      const t = times.get(shape.name);
      expect(t, `${shape.name}: did not finish`).toBeDefined();
      expect(t?.cuts).toBeGreaterThanOrEqual(Math.floor(MB / MAX_SENTENCE_LENGTH));
      expect(t?.ms, shape.name).toBeLessThan(10 * Math.max(plain?.ms ?? 0, 50));
    }
  }, 90_000);

  it('the extractor: a sentence without an end takes no longer than a plain article of its size (×3)', async () => {
    const times = await timeStage('extract', MB, 240_000);
    const plain = times.get(PLAIN_ARTICLE.name);
    expect(plain, 'the plain article did not finish').toBeDefined();
    for (const shape of SENTENCE_SHAPES) {
      const t = times.get(shape.name);
      expect(t, `${shape.name}: did not finish`).toBeDefined();
      expect(t?.ms, shape.name).toBeLessThan(3 * Math.max(plain?.ms ?? 0, 500));
    }
  }, 300_000);
});
