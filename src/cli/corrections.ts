// `--corrections FILE` of extract and export: read and check the file first, apply it to the graph,
// and say on standard error which corrections could not apply (naming the file and the correction).
import { readFile } from 'node:fs/promises';
import { applyCorrections, describeCorrection, parseCorrections } from '../graph/index.ts';
import type { CorrectionsFile, NewsGraph } from '../graph/index.ts';
import { CliError } from './io.ts';
import { forTerminal } from './terminal.ts';

export interface LoadedCorrections {
  path: string;
  file: CorrectionsFile;
}

/** Read before any work, so a bad file stops the run in one line naming it. */
export async function readCorrectionsFile(path: string): Promise<LoadedCorrections> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return { path, file: parseCorrections(text) };
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}

/** The corrected graph; one stderr line per correction that could not apply. */
export function applyCorrectionsFile(graph: NewsGraph, loaded: LoadedCorrections): NewsGraph {
  const { graph: corrected, warnings } = applyCorrections(graph, loaded.file.corrections);
  const lines = warnings.map(
    (w) =>
      `warning ${loaded.path}: correction ${w.index + 1} (${describeCorrection(w.correction)}) not applied: ${w.message}`,
  );
  if (lines.length) process.stderr.write(lines.map(forTerminal).join('\n') + '\n');
  return corrected;
}
