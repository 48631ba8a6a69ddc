import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobCancelled, JobFailed, JobRunner, JobTimeout } from './jobs.ts';
import type { FromWorker, ToWorker, WorkerFactory } from './jobs.ts';

/** A worker the spec drives by hand: it records what it was sent and answers when told to. */
function fakeWorkers() {
  const made: {
    sent: ToWorker[];
    terminated: boolean;
    answer: (m: FromWorker) => void;
    crash: (w: string) => void;
  }[] = [];
  const factory: WorkerFactory = (onMessage, onCrash) => {
    const w = { sent: [] as ToWorker[], terminated: false, answer: onMessage, crash: onCrash };
    made.push(w);
    return {
      post: (m) => w.sent.push(m),
      terminate: () => void (w.terminated = true),
    };
  };
  return { made, factory };
}

const READ: ToWorker = { kind: 'read', name: 'a.txt', text: 'x' };
const EXTRACTED: FromWorker = { kind: 'extracted', graph: { attributes: {}, nodes: [], edges: [] } as never };

afterEach(() => vi.useRealTimers());

describe('JobRunner', () => {
  it('answers a job and keeps its worker for the next one', async () => {
    const { made, factory } = fakeWorkers();
    const r = new JobRunner(factory);
    const p = r.run(READ, 'a.txt', 1000);
    expect(r.busy).toBe(true);
    made[0].answer({ kind: 'read', articles: [], problems: [] });
    await expect(p).resolves.toEqual({ kind: 'read', articles: [], problems: [] });
    expect(r.busy).toBe(false);
    const q = r.run(READ, 'b.txt', 1000);
    made[0].answer(EXTRACTED);
    await expect(q).resolves.toBe(EXTRACTED);
    expect(made).toHaveLength(1);
  });

  it('terminates a job past its limit, names it, and starts a new worker for the next', async () => {
    vi.useFakeTimers();
    const { made, factory } = fakeWorkers();
    const r = new JobRunner(factory);
    const p = r.run(READ, 'slow.txt', 2000);
    const caught = p.catch((e: Error) => e);
    vi.advanceTimersByTime(1999);
    expect(made[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const e = await caught;
    expect(e).toBeInstanceOf(JobTimeout);
    expect((e as Error).message).toBe('slow.txt: took longer than 2 s, the time limit');
    expect(made[0].terminated).toBe(true);
    // A late answer from the dead worker is ignored.
    made[0].answer(EXTRACTED);
    const q = r.run(READ, 'next.txt', 2000);
    expect(made).toHaveLength(2);
    made[1].answer(EXTRACTED);
    await expect(q).resolves.toBe(EXTRACTED);
  });

  it('starts the limit again once the models are loaded', async () => {
    vi.useFakeTimers();
    const { made, factory } = fakeWorkers();
    const r = new JobRunner(factory);
    const p = r.run(READ, 'a.txt', 1000);
    vi.advanceTimersByTime(900);
    made[0].answer({ kind: 'prepared' });
    vi.advanceTimersByTime(900);
    made[0].answer(EXTRACTED);
    await expect(p).resolves.toBe(EXTRACTED);
  });

  it('has no limit at 0', async () => {
    vi.useFakeTimers();
    const { made, factory } = fakeWorkers();
    const p = new JobRunner(factory).run(READ, 'a.txt', 0);
    vi.advanceTimersByTime(3_600_000);
    made[0].answer(EXTRACTED);
    await expect(p).resolves.toBe(EXTRACTED);
  });

  it('cancel terminates the worker and rejects the job; a crash or a failure is a JobFailed', async () => {
    const { made, factory } = fakeWorkers();
    const r = new JobRunner(factory);
    const p = r.run(READ, 'a.txt', 1000);
    r.cancel();
    await expect(p).rejects.toBeInstanceOf(JobCancelled);
    expect(made[0].terminated).toBe(true);
    const q = r.run(READ, 'b.txt', 1000);
    made[1].crash('out of memory');
    await expect(q).rejects.toThrow(new JobFailed('the extractor stopped (out of memory)'));
    const s = r.run(READ, 'c.txt', 1000);
    made[2].answer({ kind: 'failed', message: 'bad input' });
    await expect(s).rejects.toThrow('bad input');
    expect(r.started).toBe(3);
  });

  it('runs one job at a time', async () => {
    const { factory } = fakeWorkers();
    const r = new JobRunner(factory);
    void r.run(READ, 'a.txt', 0);
    await expect(r.run(READ, 'b.txt', 0)).rejects.toThrow('busy');
  });
});

describe('JobRunner.warm', () => {
  it('starts the worker once, ahead of the first job', async () => {
    const { made, factory } = fakeWorkers();
    const r = new JobRunner(factory);
    r.warm();
    r.warm();
    expect(made).toHaveLength(1);
    const p = r.run(READ, 'a.txt', 0);
    made[0].answer(EXTRACTED);
    await expect(p).resolves.toBe(EXTRACTED);
    expect(r.started).toBe(1);
  });
});
