/**
 * One extractor worker, one job at a time, each under a time limit. Extraction is synchronous inside the
 * worker, so the only way to stop a job (past its limit, or cancelled) is to terminate the worker; the next
 * job starts a fresh one. Nothing here touches the DOM: the worker comes from a factory, so specs use a fake.
 */
import type { ArticleInput } from '../../articles/types.ts';
import type { SerializedNewsGraph } from '../../graph/types.ts';

/** Main thread → worker. */
export type ToWorker =
  | { kind: 'read'; name: string; bytes?: Uint8Array; text?: string }
  | { kind: 'extract'; article: ArticleInput }
  | { kind: 'merge'; base: SerializedNewsGraph; parts: SerializedNewsGraph[] };

/** Worker → main thread. `prepared`: the models are loaded; the article's own time starts then. */
export type FromWorker =
  | { kind: 'read'; articles: ArticleInput[]; problems: string[] }
  | { kind: 'prepared' }
  | { kind: 'extracted'; graph: SerializedNewsGraph }
  | { kind: 'merged'; graph: SerializedNewsGraph }
  | { kind: 'failed'; message: string };

export interface JobWorker {
  post(message: ToWorker): void;
  terminate(): void;
}

export type WorkerFactory = (onMessage: (m: FromWorker) => void, onCrash: (why: string) => void) => JobWorker;

export class JobTimeout extends Error {}
export class JobCancelled extends Error {}
export class JobFailed extends Error {}

interface Pending {
  resolve: (m: FromWorker) => void;
  reject: (e: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
  limitMs: number;
  label: string;
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

export class JobRunner {
  private worker: JobWorker | null = null;
  private pending: Pending | null = null;
  /** Workers started so far (a spec counts restarts). */
  started = 0;

  constructor(private readonly factory: WorkerFactory) {}

  get busy(): boolean {
    return this.pending !== null;
  }

  /**
   * Runs one job. Rejects with JobTimeout past `limitMs` (0: no limit), JobCancelled after cancel(), and
   * JobFailed when the worker reports an error or dies.
   */
  run(job: ToWorker, label: string, limitMs: number): Promise<FromWorker> {
    if (this.pending) return Promise.reject(new Error('the extractor is busy'));
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending = { resolve, reject, limitMs, label };
      this.arm();
      this.ensureWorker().post(job);
    });
  }

  /** Starts the worker ahead of its first job (its script loads while the reader picks or pastes). */
  warm(): void {
    this.ensureWorker();
  }

  /** Stops the job under way (the worker is terminated) and leaves the runner ready for the next one. */
  cancel(): void {
    this.stop(new JobCancelled('cancelled'));
  }

  /** Terminates the worker; a later job starts a new one. */
  dispose(): void {
    this.stop(new JobCancelled('closed'));
  }

  private ensureWorker(): JobWorker {
    if (this.worker) return this.worker;
    this.started++;
    const w: JobWorker = this.factory(
      (m) => {
        if (this.worker === w) this.answer(m);
      },
      (why) => {
        if (this.worker === w) this.stop(new JobFailed(`the extractor stopped (${why})`));
      },
    );
    this.worker = w;
    return w;
  }

  private arm(): void {
    const p = this.pending;
    if (!p || p.limitMs <= 0) return;
    clearTimeout(p.timer);
    p.timer = setTimeout(
      () => this.stop(new JobTimeout(`${p.label}: took longer than ${seconds(p.limitMs)}, the time limit`)),
      p.limitMs,
    );
  }

  private answer(m: FromWorker): void {
    const p = this.pending;
    if (!p) return;
    // The models' download is not the article's time: its limit starts again once they are loaded.
    if (m.kind === 'prepared') return this.arm();
    clearTimeout(p.timer);
    this.pending = null;
    if (m.kind === 'failed') p.reject(new JobFailed(m.message));
    else p.resolve(m);
  }

  private stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    if (!p) return;
    clearTimeout(p.timer);
    p.reject(reason);
  }
}
