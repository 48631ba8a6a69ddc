/**
 * The whole-corpus result cache: when a run meets exactly the articles of the last run (same texts, same
 * metadata, same extractor), the graph file that run wrote is the answer, and re-reading ten thousand
 * per-article entries, merging and serializing again would only rebuild the same bytes. Kept under
 * DIR/corpus/: `<key>.json` (the graph file, hard-linked to the output when the file system allows) and
 * `<key>.meta.json` (checksum, summary figures). Only the latest result is kept: it is as large as the graph.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { GraphStats } from '../graph/index.ts';
import { sha256, writeFileAtomicSync } from './cache.ts';

export interface CorpusResultMeta {
  key: string;
  extractor: string;
  sha256: string;
  bytes: number;
  /** Byte offset of the builtAt value (an ISO time, 24 characters) in the file; -1 when there is none. */
  builtAtOffset: number;
  stats: GraphStats;
  words: number;
}

const BUILT_AT = Buffer.from('"builtAt":"');
const ISO_LENGTH = 24;

/** Keyed by every unique article's cache key, in merge order, and whether a builtAt is recorded. */
export function corpusKey(articleKeys: string[], withBuiltAt: boolean): string {
  return sha256([EXTRACTOR_VERSION, withBuiltAt ? 'builtAt' : '', ...articleKeys].join('\n'));
}

const folder = (cacheDir: string): string => join(cacheDir, 'corpus');
const graphPath = (cacheDir: string, key: string): string => join(folder(cacheDir), `${key}.json`);
const metaPath = (cacheDir: string, key: string): string => join(folder(cacheDir), `${key}.meta.json`);

/** Whether DIR holds a whole-corpus result at all (a run that may end by reusing it). */
export function hasCorpusResult(cacheDir: string): boolean {
  try {
    return readdirSync(folder(cacheDir)).some((f) => f.endsWith('.meta.json'));
  } catch {
    return false;
  }
}

/**
 * The cached graph file's bytes with this run's builtAt written in, or null when there is no intact entry.
 * builtAt is the one value that changes between identical runs; graph attributes are serialized before
 * nodes and edges, so the first `"builtAt":"` is the attribute (article strings escape their quotes).
 */
export function readCorpusResult(
  cacheDir: string,
  key: string,
  builtAt: string | undefined,
): { bytes: Buffer; meta: CorpusResultMeta } | null {
  let meta: CorpusResultMeta;
  let bytes: Buffer;
  try {
    meta = JSON.parse(readFileSync(metaPath(cacheDir, key), 'utf8')) as CorpusResultMeta;
    if (meta.key !== key || meta.extractor !== EXTRACTOR_VERSION) return null;
    bytes = readFileSync(graphPath(cacheDir, key));
  } catch {
    return null;
  }
  if (bytes.length !== meta.bytes || sha256(bytes) !== meta.sha256) return null;
  if (builtAt !== undefined) {
    const at = meta.builtAtOffset;
    const intact =
      at >= BUILT_AT.length &&
      bytes.subarray(at - BUILT_AT.length, at).equals(BUILT_AT) &&
      bytes[at + ISO_LENGTH] === 0x22; // the closing quote: the recorded time has the same length
    if (builtAt.length !== ISO_LENGTH || !intact) return null;
    bytes.write(builtAt, at, 'latin1');
  }
  return { bytes, meta };
}

/** What saveCorpusResult needs to know of the written file, gathered piece by piece as it is written. */
export interface WrittenFile {
  sha256: string;
  bytes: number;
  builtAtOffset: number;
}

/**
 * Watches a graph file's bytes go by (see writeChunksAtomic's `onBytes`): their checksum, their length and
 * where the builtAt value starts, without holding the file in memory.
 */
export function fileRecorder(): { onBytes: (piece: Uint8Array) => void; result: () => WrittenFile } {
  const hash = createHash('sha256');
  let bytes = 0;
  let builtAtOffset = -1;
  // The marker may straddle two pieces: the last few bytes of the previous piece are searched again.
  let tail: Buffer = Buffer.alloc(0);
  return {
    onBytes: (piece) => {
      hash.update(piece);
      if (builtAtOffset < 0) {
        const window = Buffer.concat([tail, piece]);
        const at = window.indexOf(BUILT_AT);
        if (at >= 0) builtAtOffset = bytes - tail.length + at + BUILT_AT.length;
        else tail = window.subarray(Math.max(0, window.length - BUILT_AT.length + 1));
      }
      bytes += piece.length;
    },
    result: () => ({ sha256: hash.digest('hex'), bytes, builtAtOffset }),
  };
}

/**
 * Records the graph file just written at `outPath` (described by `written`) as the result for `key`, and
 * drops older results. A hard link costs nothing; the output is always replaced by rename, never
 * rewritten in place, so the link keeps the bytes it was made with (and the checksum catches any edit).
 */
export function saveCorpusResult(
  cacheDir: string,
  key: string,
  outPath: string,
  written: WrittenFile,
  info: { stats: GraphStats; words: number },
): void {
  const dir = folder(cacheDir);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
  const target = graphPath(cacheDir, key);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    linkSync(outPath, tmp);
  } catch {
    copyFileSync(outPath, tmp); // another file system: a copy
  }
  renameSync(tmp, target);
  const meta: CorpusResultMeta = { key, extractor: EXTRACTOR_VERSION, ...written, ...info };
  writeFileAtomicSync(metaPath(cacheDir, key), JSON.stringify(meta) + '\n');
}
