/**
 * A small worker-thread pool: articles go out in batches (fewer messages than one per article), a worker
 * that finishes a batch gets the next one, so fast and slow articles balance out. Results come back in
 * completion order; the caller orders them. A crashed worker fails its batch's articles, not the run.
 */
import { Worker } from 'node:worker_threads';
import type { BatchResult, WorkBatch, WorkItem, WorkResult } from './messages.ts';

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url);

export function batchSize(items: number, jobs: number): number {
  // Several batches per worker keep the tail short; a cap keeps messages small.
  return Math.max(1, Math.min(32, Math.ceil(items / (jobs * 8))));
}

export async function runInWorkers(
  items: WorkItem[],
  jobs: number,
  onResult: (r: WorkResult) => void,
): Promise<void> {
  const size = batchSize(items.length, jobs);
  const queue: WorkBatch[] = [];
  for (let i = 0; i < items.length; i += size)
    queue.push({ batch: queue.length, items: items.slice(i, i + size) });
  const total = queue.length;
  let finished = 0;
  let restarts = 0;

  await new Promise<void>((resolveAll) => {
    const start = (): void => {
      const worker = new Worker(WORKER_URL);
      let current: WorkBatch | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      const done = (): void => {
        if (finished === total) resolveAll();
      };
      const fail = (batch: WorkBatch, reason: string): void => {
        for (const item of batch.items) onResult({ index: item.index, error: reason });
        finished++;
      };
      worker.on('message', (msg: BatchResult) => {
        for (const r of msg.results) onResult(r);
        finished++;
        done();
        next();
      });
      const crash = (reason: string): void => {
        if (current) fail(current, reason);
        current = undefined;
        // Replace the worker while there is work left, but not forever if every worker dies.
        if (queue.length && restarts++ < jobs * 3) start();
        else for (const b of queue.splice(0)) fail(b, reason);
        done();
      };
      worker.on('error', (err) => crash(`worker failed: ${err.message}`));
      // An exit while a batch is out (process.exit in the extractor, out of memory) is a crash too.
      worker.on('exit', (code) => {
        if (current) crash(`worker exited (code ${code})`);
      });
      next();
    };
    if (!total) resolveAll();
    else for (let i = 0; i < Math.min(jobs, total); i++) start();
  });
}
