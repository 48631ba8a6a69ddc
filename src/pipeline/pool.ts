/**
 * A small worker-thread pool: articles go out in batches (fewer messages than one per article), a worker
 * that finishes a batch gets the next one, so fast and slow articles balance out. Each worker holds two
 * batches, so it starts the next while the main thread is still merging the last one's results. Results
 * come back in completion order; the caller orders them.
 *
 * Each worker tells the pool which article it is extracting through a shared integer, so a worker that
 * crashes (out of memory, process.exit) or runs past the per-article time budget (then it is terminated)
 * costs that one article, named, and not the run or the rest of its batch: the others go back in line. A
 * stand-in worker that does not say retries a failed batch one article at a time, to the same end.
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
  /** [0]: the index of the item being extracted, -1 between items (written by the worker). */
  current: Int32Array;
  /** The item last seen in `current`, and since when (by the pool's clock). */
  seen: number;
  since: number;
  /** Why the pool terminated it, if it did. */
  killed?: string;
}

/** What the worker receives as workerData. */
export interface WorkerData {
  current: SharedArrayBuffer;
}

export interface PoolOptions {
  /** Milliseconds an article may take before its worker is terminated; 0 or undefined: no limit. */
  articleTimeoutMs?: number;
}

/** How often the time budget is checked. */
const WATCH_MS = 250;

/**
 * Workers start when the pool is made, so their start-up (loading the extractor) overlaps whatever the
 * main thread does before `run` (reading the inputs, looking up the cache). Until then they do not keep
 * the process alive: a run that fails before `run` still ends.
 */
export class WorkerPool {
  private readonly workers = new Set<PoolWorker>();
  private queue: WorkBatch[] = [];
  /** Items given and items answered (a result or a failure each). */
  private total = 0;
  private finished = 0;
  private batches = 0;
  private restarts = 0;
  private watch: ReturnType<typeof setInterval> | null = null;
  private running = 0;
  private closing = false;
  private onResult: (r: WorkResult) => void = () => undefined;
  private settle: () => void = () => undefined;

  constructor(
    private readonly jobs: number,
    /** The worker's script (tests use a stand-in); it answers each WorkBatch with a BatchResult, in order. */
    private readonly workerUrl: URL = WORKER_URL,
    private readonly options: PoolOptions = {},
  ) {
    for (let i = 0; i < jobs; i++) this.start();
  }

  /** Extracts `items`, then lets the workers finish their cache writes and exit. Call once. */
  run(items: WorkItem[], onResult: (r: WorkResult) => void): Promise<void> {
    const size = batchSize(items.length, this.jobs);
    for (let i = 0; i < items.length; i += size)
      this.queue.push({ batch: this.batches++, items: items.slice(i, i + size) });
    this.total = items.length;
    this.onResult = (r) => {
      this.finished++;
      onResult(r);
    };
    const budget = this.options.articleTimeoutMs ?? 0;
    if (budget > 0 && items.length) {
      this.watch = setInterval(() => this.checkBudget(budget), WATCH_MS);
      this.watch.unref();
    }
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

  // Every item answered and every worker gone (so its cache entries are on disk).
  private done(): void {
    if (this.closing && this.finished === this.total && this.running === 0) {
      if (this.watch) clearInterval(this.watch);
      this.settle();
    }
  }

  /** Terminates a worker whose current article has run past the budget; its exit handler names it. */
  private checkBudget(budget: number): void {
    const now = performance.now();
    for (const w of this.workers) {
      const index = Atomics.load(w.current, 0);
      if (index !== w.seen) {
        w.seen = index;
        w.since = now;
      } else if (index >= 0 && !w.killed && now - w.since > budget) {
        w.killed = `took longer than ${Math.round(budget / 100) / 10} s, the time limit per article (--article-timeout)`;
        void w.worker.terminate();
      }
    }
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
  }

  /**
   * The batch a worker was on when it died: the article it named fails and the others go back in line; if
   * it named none, each article is tried again alone (a lone article that fails again is the culprit).
   */
  private salvage(batch: WorkBatch, culprit: number, reason: string): void {
    const bad = batch.items.find((item) => item.index === culprit);
    const again = (items: WorkItem[]): void => {
      this.queue.unshift({ batch: this.batches++, items });
    };
    if (bad) {
      this.onResult({ index: bad.index, error: reason });
      const rest = batch.items.filter((item) => item !== bad);
      if (rest.length) again(rest);
    } else if (batch.items.length === 1) this.fail(batch, reason);
    else for (const item of [...batch.items].reverse()) again([item]);
  }

  private start(): void {
    const current = new SharedArrayBuffer(4);
    const w: PoolWorker = {
      worker: new Worker(this.workerUrl, { workerData: { current } satisfies WorkerData }),
      held: [],
      current: new Int32Array(current),
      seen: -1,
      since: 0,
    };
    Atomics.store(w.current, 0, -1);
    this.workers.add(w);
    this.running++;
    w.worker.on('message', (msg: BatchResult) => {
      const i = w.held.findIndex((b) => b.batch === msg.batch);
      if (i >= 0) w.held.splice(i, 1);
      for (const r of msg.results) this.onResult(r);
      this.top(w);
      this.done();
    });
    let crashed = false;
    const crash = (reason: string): void => {
      if (crashed) return;
      crashed = true;
      this.workers.delete(w);
      // The oldest batch was being extracted; the ones behind it never started and go back in line.
      const [batch, ...waiting] = w.held.splice(0);
      this.queue.unshift(...waiting);
      if (batch) this.salvage(batch, Atomics.load(w.current, 0), reason);
      // Replace the worker while there is work left, but not forever if workers die with nothing to blame
      // (each crash during a batch fails an article or splits a batch, so those end on their own).
      else this.restarts++;
      if (this.queue.length && this.restarts < this.jobs * 3) this.start();
      else for (const b of this.queue.splice(0)) this.fail(b, reason);
      this.done();
    };
    w.worker.on('error', (err) => crash(w.killed ?? `worker failed: ${err.message}`));
    // An exit while batches are out (process.exit in the extractor, out of memory) is a crash too.
    w.worker.on('exit', (code) => {
      this.running--;
      if (w.held.length) crash(w.killed ?? `worker exited (code ${code})`);
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
