/**
 * A small worker-thread pool: articles go out in batches (fewer messages than one per article), a worker
 * that finishes a batch gets the next one, so fast and slow articles balance out. Each worker holds two
 * batches, so it starts the next while the main thread is still merging the last one's results. Results
 * come back in completion order; the caller orders them. A crashed worker fails its batch's articles,
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

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first (a worker answers in order). */
  held: WorkBatch[];
}

/**
 * Workers start when the pool is made, so their start-up (loading the extractor) overlaps whatever the
 * main thread does before `run` (reading the inputs, looking up the cache). Until then they do not keep
 * the process alive: a run that fails before `run` still ends.
 */
export class WorkerPool {
  private readonly workers = new Set<PoolWorker>();
  private queue: WorkBatch[] = [];
  private total = 0;
  private finished = 0;
  private restarts = 0;
  private running = 0;
  private closing = false;
  private onResult: (r: WorkResult) => void = () => undefined;
  private settle: () => void = () => undefined;

  constructor(
    private readonly jobs: number,
    /** The worker's script (tests use a stand-in); it answers each WorkBatch with a BatchResult, in order. */
    private readonly workerUrl: URL = WORKER_URL,
  ) {
    for (let i = 0; i < jobs; i++) this.start();
  }

  /** Extracts `items`, then lets the workers finish their cache writes and exit. Call once. */
  run(items: WorkItem[], onResult: (r: WorkResult) => void): Promise<void> {
    const size = batchSize(items.length, this.jobs);
    for (let i = 0; i < items.length; i += size)
      this.queue.push({ batch: this.queue.length, items: items.slice(i, i + size) });
    this.total = this.queue.length;
    this.onResult = onResult;
    const settled = new Promise<void>((resolve) => (this.settle = resolve));
    this.closing = true;
    if (!this.running) this.start(); // every worker died before any work came
    for (const w of this.workers) {
      w.worker.ref();
      this.top(w);
    }
    this.done();
    return settled;
  }

  /** No work after all: the workers are stopped (they hold no batches and no cache writes). */
  abandon(): void {
    this.closing = true;
    for (const w of this.workers) void w.worker.terminate();
  }

  // Every batch answered and every worker gone (so its cache entries are on disk).
  private done(): void {
    if (this.closing && this.finished === this.total && this.running === 0) this.settle();
  }

  private top(w: PoolWorker): void {
    while (w.held.length < IN_FLIGHT && this.queue.length) {
      const batch = this.queue.shift() as WorkBatch;
      w.held.push(batch);
      w.worker.postMessage(batch);
    }
    // Nothing left: the worker finishes its cache writes and exits on its own.
    if (this.closing && !w.held.length) w.worker.postMessage({ close: true } satisfies CloseWorker);
  }

  private fail(batch: WorkBatch, reason: string): void {
    for (const item of batch.items) this.onResult({ index: item.index, error: reason });
    this.finished++;
  }

  private start(): void {
    const w: PoolWorker = { worker: new Worker(this.workerUrl), held: [] };
    this.workers.add(w);
    this.running++;
    w.worker.on('message', (msg: BatchResult) => {
      const i = w.held.findIndex((b) => b.batch === msg.batch);
      if (i >= 0) w.held.splice(i, 1);
      for (const r of msg.results) this.onResult(r);
      this.finished++;
      this.top(w);
      this.done();
    });
    let crashed = false;
    const crash = (reason: string): void => {
      if (crashed) return;
      crashed = true;
      this.workers.delete(w);
      // The oldest batch was being extracted; the ones behind it never started and go back in line.
      const [current, ...waiting] = w.held.splice(0);
      if (current) this.fail(current, reason);
      this.queue.unshift(...waiting);
      // Replace the worker while there is work left, but not forever if every worker dies.
      if (this.queue.length && this.restarts++ < this.jobs * 3) this.start();
      else for (const b of this.queue.splice(0)) this.fail(b, reason);
      this.done();
    };
    w.worker.on('error', (err) => crash(`worker failed: ${err.message}`));
    // An exit while batches are out (process.exit in the extractor, out of memory) is a crash too.
    w.worker.on('exit', (code) => {
      this.running--;
      if (w.held.length) crash(`worker exited (code ${code})`);
      else {
        this.workers.delete(w);
        this.done();
      }
    });
    if (this.closing) this.top(w);
    // After the listeners: adding a 'message' listener refs the worker again.
    else w.worker.unref();
  }
}
