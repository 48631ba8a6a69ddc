/**
 * Hand corrections to a graph (graph-schema/corrections.schema.json), applied in order after every
 * extraction by the CLI and in the explorer. Pure: no fs, no DOM. Nodes and relations are named by their
 * stable keys, so a correction made today still applies after new articles are added; one whose node,
 * relation or evidence is gone is returned as a warning, never dropped in silence.
 */
import { canonicalize, createNewsGraph } from './build.ts';
import { mergeNodes, splitAlias } from './corrections-nodes.ts';
import { deleteEvidence, resolveEdge } from './corrections-edges.ts';
import type { NewsGraph } from './types.ts';

export interface MergeCorrection {
  op: 'merge';
  into: string;
  from: string;
  note?: string;
}
export interface SplitCorrection {
  op: 'split';
  node: string;
  alias: string;
  key?: string;
  label?: string;
  note?: string;
}
export interface RenameCorrection {
  op: 'rename';
  node: string;
  label: string;
  note?: string;
}
export interface DeleteRelationCorrection {
  op: 'delete-relation';
  relation: string;
  note?: string;
}
export interface DeleteEvidenceCorrection {
  op: 'delete-evidence';
  relation: string;
  article: string;
  start: number;
  end: number;
  note?: string;
}
export type Correction =
  MergeCorrection | SplitCorrection | RenameCorrection | DeleteRelationCorrection | DeleteEvidenceCorrection;

export interface CorrectionsFile {
  version: 1;
  corrections: Correction[];
}

export interface CorrectionWarning {
  /** Position in the corrections list (0-based). */
  index: number;
  correction: Correction;
  message: string;
}

export interface CorrectionsResult {
  graph: NewsGraph;
  /** How many corrections changed the graph. */
  applied: number;
  warnings: CorrectionWarning[];
}

/** One line naming a correction, for warnings and the explorer's list. */
export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'merge':
      return `merge ${c.from} into ${c.into}`;
    case 'split':
      return `split "${c.alias}" off ${c.node}`;
    case 'rename':
      return `rename ${c.node} to "${c.label}"`;
    case 'delete-relation':
      return `delete relation ${c.relation}`;
    case 'delete-evidence':
      return `delete evidence ${c.article}@${c.start}-${c.end} of ${c.relation}`;
  }
}

/** Where merged nodes went: a later correction naming a merged-away node means its survivor. */
export class Redirects {
  private readonly to = new Map<string, string>();
  set(from: string, into: string): void {
    this.to.set(from, into);
  }
  node(key: string): string {
    const seen = new Set<string>();
    while (this.to.has(key) && !seen.has(key)) {
      seen.add(key);
      key = this.to.get(key)!;
    }
    return key;
  }
}

/** A string when the correction cannot apply (why), undefined when it did. */
function applyOne(graph: NewsGraph, c: Correction, redirects: Redirects): string | undefined {
  switch (c.op) {
    case 'merge':
      return mergeNodes(graph, redirects.node(c.into), redirects.node(c.from), redirects);
    case 'split':
      return splitAlias(graph, redirects.node(c.node), c);
    case 'rename': {
      const key = redirects.node(c.node);
      if (!graph.hasNode(key)) return `no node ${c.node}`;
      graph.setNodeAttribute(key, 'label', c.label);
      return undefined;
    }
    case 'delete-relation': {
      const key = resolveEdge(graph, c.relation, redirects);
      if (!key) return `no relation ${c.relation}`;
      graph.dropEdge(key);
      return undefined;
    }
    case 'delete-evidence':
      return deleteEvidence(graph, c, redirects);
  }
}

/** A corrected copy of `graph` (the input is not changed), in canonical order, and what could not apply. */
export function applyCorrections(graph: NewsGraph, corrections: readonly Correction[]): CorrectionsResult {
  const copy = createNewsGraph();
  copy.import(structuredClone(graph.export()));
  const redirects = new Redirects();
  const warnings: CorrectionWarning[] = [];
  let applied = 0;
  corrections.forEach((correction, index) => {
    const problem = applyOne(copy, correction, redirects);
    if (problem) warnings.push({ index, correction, message: problem });
    else applied++;
  });
  return { graph: canonicalize(copy), applied, warnings };
}
