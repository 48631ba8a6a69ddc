// Worker thread: receives batches of articles, answers with each article's graph as JSON text; on `close`,
// closes its cache log and ends. It tells the pool which article it is on (pool.ts: time budget, crashes).
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchResult, ToWorker } from './messages.ts';
import type { WorkerData } from './pool.ts';
import { closeCacheLogs, runItem } from './work.ts';

if (!parentPort) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;
const shared = (workerData as WorkerData | undefined)?.current;
const current = shared ? new Int32Array(shared) : new Int32Array(1);
port.on('message', (msg: ToWorker) => {
  if ('close' in msg) {
    closeCacheLogs();
    port.close();
    return;
  }
  const results = [];
  for (const item of msg.items) {
    Atomics.store(current, 0, item.index);
    results.push(runItem(item));
    Atomics.store(current, 0, -1);
  }
  const reply: BatchResult = { batch: msg.batch, results };
  port.postMessage(reply);
});
