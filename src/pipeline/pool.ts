/**
 * A small worker-thread pool: articles go out in batches (fewer messages than one per article), a worker
 * that finishes a batch gets the next one, so fast and slow articles balance out. Each worker holds two
 * batches, so it starts the next while the main thread is still merging the last one's results. Results
 * come back in completion order; the caller orders them. A crashed worker fails its batches' articles,
 * not the run.
 */
import { Worker } from 'node:worker_threads';
import type { BatchResult, CloseWorker, WorkBatch, WorkItem, WorkResult } from './messages.ts';

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url);

/** Batches a worker holds at once: one being extracted, one waiting. */
const IN_FLIGHT = 2;

export function batchSize(items: number, jobs: number): number {
  // Several batches per worker keep the tail short; a cap keeps messages small.
  return Math.max(1, Math.min(32, Math.ceil(items / (jobs * 8))));
}

export async function runInWorkers(
  items: WorkItem[],
  jobs: number,
  onResult: (r: WorkResult) => void,
  /** The worker's script (tests use a stand-in); it answers each WorkBatch with a BatchResult, in order. */
  workerUrl: URL = WORKER_URL,
): Promise<void> {
  const size = batchSize(items.length, jobs);
  const queue: WorkBatch[] = [];
  for (let i = 0; i < items.length; i += size)
    queue.push({ batch: queue.length, items: items.slice(i, i + size) });
  const total = queue.length;
  let finished = 0;
  let restarts = 0;

  await new Promise<void>((resolveAll) => {
    let running = 0;
    // Every batch answered and every worker gone (so its cache entries are on disk).
    const done = (): void => {
      if (finished === total && running === 0) resolveAll();
    };
    const fail = (batch: WorkBatch, reason: string): void => {
      for (const item of batch.items) onResult({ index: item.index, error: reason });
      finished++;
    };
    const start = (): void => {
      const worker = new Worker(workerUrl);
      running++;
      // Batches sent and not yet answered, oldest first (a worker answers in order).
      const held: WorkBatch[] = [];
      const top = (): void => {
        while (held.length < IN_FLIGHT && queue.length) {
          const batch = queue.shift() as WorkBatch;
          held.push(batch);
          worker.postMessage(batch);
        }
        // Nothing left: the worker finishes its cache writes and exits on its own.
        if (!held.length) worker.postMessage({ close: true } satisfies CloseWorker);
      };
      worker.on('message', (msg: BatchResult) => {
        const i = held.findIndex((b) => b.batch === msg.batch);
        if (i >= 0) held.splice(i, 1);
        for (const r of msg.results) onResult(r);
        finished++;
        top();
        done();
      });
      const crash = (reason: string): void => {
        // The oldest batch was being extracted; the ones behind it never started and go back in line.
        const [current, ...waiting] = held.splice(0);
        if (current) fail(current, reason);
        queue.unshift(...waiting);
        // Replace the worker while there is work left, but not forever if every worker dies.
        if (queue.length && restarts++ < jobs * 3) start();
        else for (const b of queue.splice(0)) fail(b, reason);
        done();
      };
      worker.on('error', (err) => crash(`worker failed: ${err.message}`));
      // An exit while batches are out (process.exit in the extractor, out of memory) is a crash too.
      worker.on('exit', (code) => {
        running--;
        if (held.length) crash(`worker exited (code ${code})`);
        else done();
      });
      top();
    };
    if (!total) resolveAll();
    else for (let i = 0; i < Math.min(jobs, total); i++) start();
  });
}
