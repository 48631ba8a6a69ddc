// Worker thread: receives batches of articles, answers with each article's graph as JSON text; on `close`,
// closes its cache log and ends.
import { parentPort } from 'node:worker_threads';
import type { BatchResult, ToWorker } from './messages.ts';
import { closeCacheLogs, runItem } from './work.ts';

if (!parentPort) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;
port.on('message', (msg: ToWorker) => {
  if ('close' in msg) {
    closeCacheLogs();
    port.close();
    return;
  }
  const results = [];
  for (const item of msg.items) results.push(runItem(item));
  const reply: BatchResult = { batch: msg.batch, results };
  port.postMessage(reply);
});
