/// <reference lib="webworker" />
/**
 * The extractor's own thread: the page posts one job at a time (jobs.ts) and never waits on the extractor,
 * so a slow or hostile article cannot freeze the tab; the page terminates this worker to stop one.
 */
// Model files are fetched from this build's assets, only for the languages of the articles added.
import '../../platform/browser.ts';
import { runJob } from './extractor.ts';
import type { FromWorker, ToWorker } from './jobs.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker): void => scope.postMessage(m);

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  void runJob(ev.data, () => post({ kind: 'prepared' })).then(post);
};
