// Node entry: model files are read from src/nlp/weights/ (or $NEWSGRAPH_MODELS). Imported by the CLI, the
// worker threads, the benches and the test setup before anything is extracted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setModelReader } from '../nlp/models.ts';

/**
 * The weights folder, found by walking up from this module: the same code runs from src/ under tsx and from
 * the prebuilt worker bundle under node_modules/.cache/, whose own location says nothing about src/.
 */
export function weightsDir(): string {
  if (process.env.NEWSGRAPH_MODELS) return resolve(process.env.NEWSGRAPH_MODELS);
  // Then the working folder's project, for a bundle built somewhere else (tests build one in a temporary
  // folder).
  for (const from of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'src/nlp/weights');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('model weights not found (src/nlp/weights); set NEWSGRAPH_MODELS');
}

let registered = false;

export function useNodeModels(): void {
  if (registered) return;
  registered = true;
  let dir: string | undefined;
  setModelReader((file) => {
    dir ??= weightsDir();
    const path = join(dir, file);
    try {
      return readFileSync(path);
    } catch (e) {
      throw new Error(`cannot read model ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
        cause: e,
      });
    }
  });
}

useNodeModels();
