import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
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
  return new DOMParser({ errorHandler: { warning: () => undefined, error: raise, fatalError: raise } });
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

/** Writes via a temporary file and a rename, so a crash never leaves a half-written file where a good one was. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path) || '.', { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, data);
  await rename(tmp, path);
}
