// Shared by the pipeline-*.test.ts files: run the CLI in its own process, as a user does, and build corpora.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed SOURCE_DATE_EPOCH makes builtAt, and so the whole file, reproducible. */
export function run(args: string[], cwd = root, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/newsgraph.mjs'), ...args],
      { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: '1577836800', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function write(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

export interface Summary {
  files: number;
  articles: number;
  cached: number;
  extracted: number;
  skipped: { file: string; reason: string }[];
  warnings: { file: string; reason: string }[];
  duplicates: { id: string; of: string }[];
  nodes: number;
  edges: number;
  written: boolean;
}

export function summary(r: Run): Summary {
  return JSON.parse(r.stdout) as Summary;
}

export function seedText(name: string): string {
  return readFileSync(join(root, 'seeds', name), 'utf8');
}

/** Article ids in a graph file, in file order. */
export function articleIds(graphFile: string): string[] {
  const data = JSON.parse(readFileSync(graphFile, 'utf8')) as { attributes: { articles: { id: string }[] } };
  return data.attributes.articles.map((a) => a.id);
}
