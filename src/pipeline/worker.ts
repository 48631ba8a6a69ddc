// Worker thread: receives batches of articles, answers with each article's graph as JSON text; on `close`,
// finishes its cache writes and ends.
import { parentPort } from 'node:worker_threads';
import { CacheWriter } from './cache.ts';
import type { BatchResult, ToWorker } from './messages.ts';
import { runItem } from './work.ts';

if (!parentPort) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;
const cache = new CacheWriter();
port.on('message', (msg: ToWorker) => {
  if ('close' in msg) {
    void cache.flush().then(() => port.close());
    return;
  }
  const results = [];
  for (const item of msg.items) results.push(runItem(item, cache));
  const reply: BatchResult = { batch: msg.batch, results };
  port.postMessage(reply);
});
