// Where the shared corpora are and how to read them: gzipped files under ../shared/corpora/{train,dev,test}.
// Training code reads train/ (and, where the README allows, dev/); only evaluation reads test/.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpora folder: $NEWSGRAPH_CORPORA, else ../shared/corpora beside the checkout. */
export function corporaDir(): string {
  const dir = process.env.NEWSGRAPH_CORPORA ?? resolve(repoRoot, '../shared/corpora');
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir} (set NEWSGRAPH_CORPORA)`);
  return dir;
}

export function hasCorpora(): boolean {
  try {
    corporaDir();
    return true;
  } catch {
    return false;
  }
}

/** Text of `split/name` (e.g. `train/en_ewt-ud-train.conllu.gz`), decompressed. */
export function readCorpus(path: string): string {
  return gunzipSync(readFileSync(join(corporaDir(), path))).toString('utf8');
}

export { repoRoot };
