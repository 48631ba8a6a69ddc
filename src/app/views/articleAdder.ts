import { createNewsGraph } from '../../graph/index.ts';
import type { NewsGraph, SerializedNewsGraph } from '../../graph/index.ts';
import { addArticles, limitFromAddress } from '../io/addArticles.ts';
import type { Adding, AddResult, ArticleSource } from '../io/addArticles.ts';
import { browserWorker } from '../io/extractWorker.ts';
import { JobRunner } from '../io/jobs.ts';
import { keepAdded } from '../io/kept.ts';
import type { Store } from '../state/store.ts';
import type { Notice } from './notice.ts';
import { ProgressView } from './progress.ts';

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function graphOf(data: SerializedNewsGraph): NewsGraph {
  const g = createNewsGraph();
  g.import(data as unknown as Parameters<NewsGraph['import']>[0]);
  return g;
}

/**
 * Articles added in the page: extracted in the worker (io/addArticles.ts) while a progress line with a
 * Cancel button shows which one is under way. Batches added meanwhile wait their turn.
 */
export class ArticleAdder {
  private readonly runner = new JobRunner(browserWorker);
  private readonly limitMs = limitFromAddress(location.search);
  private current: Adding | null = null;
  private queue: Promise<void> = Promise.resolve();
  readonly progress = new ProgressView(() => this.current?.cancel());

  constructor(
    private readonly store: Store,
    private readonly notice: Notice,
  ) {}

  /** Loads the extractor ahead of use: called when the reader starts adding articles. */
  warm(): void {
    this.runner.warm();
  }

  /** `early`: inputs already refused (a file the browser could not read), reported with the rest. */
  add(sources: ArticleSource[], early: string[] = []): Promise<void> {
    const next = this.queue.then(() => this.run(sources, early));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(sources: ArticleSource[], early: string[]): Promise<void> {
    const adding = addArticles(this.runner, sources, {
      limitMs: this.limitMs,
      graph: () => this.store.state.graph,
      onProgress: (p) => this.progress.show(p),
    });
    this.current = adding;
    let result: AddResult;
    try {
      result = await adding.done;
    } catch (e) {
      this.notice.error(`Could not add the articles: ${(e as Error).message}. The graph was left as it was.`);
      return;
    } finally {
      this.current = null;
      this.progress.hide();
    }
    this.report(result, [...early, ...result.problems]);
  }

  private report(result: AddResult, problems: string[]): void {
    const { base } = result;
    if (!result.graph || !base) {
      // A cancel the reader asked for is not an error, unless something else went wrong too.
      if (result.cancelled && !problems.length) return this.notice.info('Cancelled: nothing was added.');
      const why = result.cancelled ? 'Cancelled: nothing was added.' : 'No new article could be read.';
      this.notice.error(problems.length === 1 && !result.cancelled ? problems[0] : why, problems);
      return;
    }
    // Another graph was opened while these merged: they belong to the old one, so they are not shown.
    if (this.store.state.graph !== base) {
      this.notice.error('The graph was replaced while the articles were merged; add them again.');
      return;
    }
    const graph = graphOf(result.graph);
    this.store.set({ graph });
    // Kept in the browser until discarded: a reload does not lose the reader's additions.
    void keepAdded(this.store.state.source, base, graph).catch(() => undefined);
    const grown = `${graph.order - base.order} new nodes, ${graph.size - base.size} new edges`;
    const added = plural(result.added, 'article');
    // A single problem goes in the message itself: the notice lists details only when there are several.
    const one = problems.length === 1 ? ` ${problems[0]}` : '';
    if (result.cancelled && !problems.length)
      this.notice.info(`Cancelled: kept the ${added} finished before (${grown}).`);
    else if (result.cancelled)
      this.notice.error(`Cancelled: kept the ${added} finished before (${grown}).${one}`, problems);
    else if (problems.length)
      this.notice.error(`Added ${added} (${grown}); some input was skipped.${one}`, problems);
    else this.notice.info(`Added ${added}: ${grown}`);
  }
}
