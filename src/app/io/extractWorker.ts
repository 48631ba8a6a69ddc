/** The browser's extractor worker behind jobs.ts: a module worker, bundled by Vite as its own file. */
import type { WorkerFactory } from './jobs.ts';

export const browserWorker: WorkerFactory = (onMessage, onCrash) => {
  const w = new Worker(new URL('./extract.worker.ts', import.meta.url), {
    type: 'module',
    name: 'newsgraph-extractor',
  });
  w.onmessage = (ev: MessageEvent) => onMessage(ev.data);
  w.onerror = (ev: ErrorEvent) => {
    // Reported once, as the article's problem, not again as an uncaught error in the console.
    ev.preventDefault();
    onCrash(ev.message || 'no message');
  };
  w.onmessageerror = () => onCrash('an answer could not be read');
  return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
};
