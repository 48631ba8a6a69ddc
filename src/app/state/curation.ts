// The explorer's corrections: kept per graph source in localStorage, applied with src/graph/corrections.ts
// (the very code `newsgraph extract --corrections` runs) to the graph as loaded, undone one by one.
import { applyCorrections, validateCorrections } from '../../graph/index.ts';
import type { Correction, CorrectionWarning, CorrectionsFile, NewsGraph } from '../../graph/index.ts';
import type { Store } from './store.ts';

const PREFIX = 'newsgraph:corrections:';

export class Curation {
  corrections: Correction[] = [];
  warnings: CorrectionWarning[] = [];
  /** The graph as loaded, before any correction: undo re-applies the rest to it. */
  private base: NewsGraph;
  /** The graph this object last put in the store, to tell a graph opened by the user from our own. */
  private ours: NewsGraph | null = null;
  private listeners: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly storage: Storage | null = safeStorage(),
  ) {
    this.base = store.state.graph;
    this.load();
    store.subscribe((s, changed) => {
      if (!changed.has('graphVersion') || s.graph === this.ours) return;
      // Another graph was opened (or articles were added to this one): it becomes the base, and the
      // corrections saved for its source apply to it.
      this.base = s.graph;
      this.load();
    });
  }

  private get key(): string {
    return PREFIX + this.store.state.source;
  }

  private load(): void {
    let saved: CorrectionsFile | undefined;
    try {
      const r = validateCorrections(JSON.parse(this.storage?.getItem(this.key) ?? 'null'));
      if (r.ok) saved = r.data;
    } catch {
      saved = undefined; // unreadable storage: start without corrections rather than fail the page
    }
    this.corrections = saved?.corrections ?? [];
    if (this.corrections.length) this.apply();
    else this.emit();
  }

  private save(): void {
    try {
      if (this.corrections.length) this.storage?.setItem(this.key, this.text());
      else this.storage?.removeItem(this.key);
    } catch {
      // Full or blocked storage: the corrections still hold for this page and can be downloaded.
    }
  }

  private apply(): void {
    const r = applyCorrections(this.base, this.corrections);
    this.warnings = r.warnings;
    this.ours = r.graph;
    this.store.set({ graph: r.graph });
    this.emit();
  }

  add(c: Correction): void {
    this.corrections = [...this.corrections, c];
    this.save();
    this.apply();
  }

  undo(): void {
    if (!this.corrections.length) return;
    this.corrections = this.corrections.slice(0, -1);
    this.save();
    this.apply();
  }

  /** The corrections file (graph-schema/corrections.schema.json). */
  text(): string {
    const file: CorrectionsFile = { version: 1, corrections: this.corrections };
    return JSON.stringify(file, null, 2) + '\n';
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frame)
  }
}
