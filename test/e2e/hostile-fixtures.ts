/** Hostile inputs for the page's tests (issue 18), and where their screenshots go. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export const SHOTS = process.env.NEWSGRAPH_SHOTS ?? join(ROOT, 'test-results', 'shots18');
mkdirSync(SHOTS, { recursive: true });

/**
 * A 157 KB "sentence": the words of the seed articles with every sentence end taken out, so nothing splits
 * it but the extractor's own length limit (it froze the tab for 31 s before extraction moved to a worker).
 */
export function longSentence(size = 157_000): string {
  const words = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
    .join(' ')
    .replace(/[.!?:;]/g, '')
    .replace(/\s+/g, ' ');
  let out = '';
  while (out.length < size) out += words + ' ';
  return out.slice(0, size);
}
