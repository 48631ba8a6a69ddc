import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { importGraph } from '../formats/index.ts';
import type { DOMParserLike } from '../formats/index.ts';
import type { NewsGraph } from '../graph/index.ts';

/** A failure the user caused (bad argument, unreadable file): printed as one line, exit code `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** xmldom reports through callbacks and keeps going; a graph file that is not XML should stop the read. */
function xmlParser(): DOMParserLike {
  const raise = (msg: unknown): never => {
    throw new Error(
      String(msg)
        .replace(/\[xmldom \w+\]\s*|element parse error: (Error: )?/g, '')
        .replace(/\s*@#\[line:[^\]]*\]\s*$/, '')
        .trim(),
    );
  };
  // xmldom supports this option; its type declarations do not list it.
  const options: ConstructorParameters<typeof DOMParser>[0] & {
    normalizeLineEndings: (source: string) => string;
  } = {
    errorHandler: { warning: () => undefined, error: raise, fatalError: raise },
    // XML 1.0's line ends only: xmldom also turns NEL and U+2028 into LF (XML 1.1), which changed the text
    // of files written by others and broke the JSON in GEXF and GraphML attributes.
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
  };
  return new DOMParser(options);
}

/**
 * Reads and validates a graph file: newsgraph JSON, GEXF or GraphML (by content, then extension).
 * Any problem becomes a one-line CliError naming the file.
 */
export async function readGraphFile(path: string): Promise<NewsGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return importGraph(text, path, xmlParser());
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}

/** Written in pieces of about this size: few syscalls, and memory stays flat whatever the graph's size. */
const WRITE_BUFFER = 1 << 16;

/**
 * Streams chunks to `path` via a temporary file in the same folder and a rename, so a crash or a full
 * disk never leaves a half-written file where a good one was. Returns the bytes written. `onBytes` sees
 * every piece as written (to hash the file without holding it): one 170 MB string would cost more to
 * build and encode than all its pieces. The pieces are written synchronously: awaiting the thread pool for
 * each one left the CLI idle for a quarter of the time it took to write a large graph. `beforeRename` sees
 * the finished temporary file, which no one else can have replaced (the extract cache links it).
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string>,
  onBytes?: (bytes: Buffer) => void,
  beforeRename?: (tmp: string) => void,
): Promise<number> {
  await mkdir(dirname(path) || '.', { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w');
  let bytes = 0;
  const flush = (text: string): void => {
    const piece = Buffer.from(text, 'utf8');
    onBytes?.(piece);
    for (let at = 0; at < piece.length;) at += writeSync(fd, piece, at);
    bytes += piece.length;
  };
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= WRITE_BUFFER) {
        flush(buffer);
        buffer = '';
      }
    }
    if (buffer) flush(buffer);
    fsyncSync(fd); // the bytes are on disk before the rename makes them the file
    closeSync(fd);
    beforeRename?.(tmp);
    await rename(tmp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the close itself failed
    }
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  return bytes;
}
