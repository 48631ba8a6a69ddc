// `npm run train`: rebuilds every model from ../shared/corpora — taggers first (the parsers may train on
// their predicted tags), then parsers and entity recognisers, two processes at a time on a 2-core machine.
// Each component's own script does the work and writes src/nlp/weights/<lang>.<component>.ngm; training is
// seeded, so the same corpora give byte-identical weights. `npm run train -- ner en` rebuilds a subset.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { repoRoot } from './corpora.ts';

const LANGS = ['nb', 'nn', 'da', 'en'];
const STAGES: string[][] = [['tagger'], ['parser', 'ner']];

function run(component: string, lang: string): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, `src/training/train-${component}.ts`), lang],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (code) => {
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      const last = log.trim().split('\n').slice(-3).join('\n    ');
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${lang}.${component} (${secs} s)\n    ${last}`);
      resolve(code ?? 1);
    });
  });
}

async function main(args: string[]): Promise<void> {
  const pick = (all: string[]): string[] =>
    args.some((a) => all.includes(a)) ? all.filter((x) => args.includes(x)) : all;
  const langs = pick(LANGS);
  const components = pick(STAGES.flat());
  const parallel = Math.max(1, Math.min(2, cpus().length));
  const t0 = Date.now();
  let failed = 0;
  for (const stage of STAGES) {
    const jobs = stage
      .filter((c) => components.includes(c))
      .flatMap((c) => langs.map((l) => [c, l] as const));
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < jobs.length) {
          const [c, l] = jobs[next++];
          if ((await run(c, l)) !== 0) failed++;
        }
      }),
    );
  }
  console.log(
    `\ntrained in ${((Date.now() - t0) / 60000).toFixed(1)} min${failed ? `, ${failed} failed` : ''}`,
  );
  process.exitCode = failed ? 1 : 0;
}

void main(process.argv.slice(2));
