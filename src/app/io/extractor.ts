/**
 * What the extractor worker does for each job (extract.worker.ts posts the answers). Pure: no DOM, no
 * worker globals, no model reader of its own (the worker registers the browser's, specs the Node one).
 */
import { parseTextArticle, readArticles } from '../../articles/index.ts';
import { consolidate, extractArticle, prepareArticle } from '../../extract/index.ts';
import { createNewsGraph, mergeInto, serializeGraph } from '../../graph/index.ts';
import type { SerializedNewsGraph } from '../../graph/index.ts';
import type { FromWorker, ToWorker } from './jobs.ts';

/** A pasted text has no bytes: it is one plain-text article whose id is its name without `.txt`. */
function readSource(job: Extract<ToWorker, { kind: 'read' }>): FromWorker {
  if (!job.bytes) {
    const text = job.text ?? '';
    const articles = text.trim() ? [parseTextArticle(job.name.replace(/\.txt$/, ''), job.name, text)] : [];
    return { kind: 'read', articles, problems: [] };
  }
  const r = readArticles(job.name, job.bytes);
  return { kind: 'read', articles: r.articles, problems: r.problems.map((p) => `${p.file}: ${p.reason}`) };
}

function graphOf(data: SerializedNewsGraph): ReturnType<typeof createNewsGraph> {
  const g = createNewsGraph();
  g.import(data as unknown as Parameters<typeof g.import>[0]);
  return g;
}

/** Runs one job; `prepared` is called once an article's models are loaded, before its extraction. */
export async function runJob(job: ToWorker, prepared: () => void): Promise<FromWorker> {
  try {
    switch (job.kind) {
      case 'read':
        return readSource(job);
      case 'extract':
        await prepareArticle(job.article);
        prepared();
        return { kind: 'extracted', graph: serializeGraph(extractArticle(job.article)) };
      case 'merge': {
        const merged = mergeInto(graphOf(job.base), ...job.parts.map(graphOf));
        return { kind: 'merged', graph: serializeGraph(consolidate(merged)) };
      }
    }
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
