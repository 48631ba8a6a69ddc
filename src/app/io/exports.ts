import { applyFilter, isEmptyFilter } from '../../graph/index.ts';
import type { GraphFilter, NewsGraph } from '../../graph/index.ts';
import { downloadBlob } from './download.ts';

export const UI_EXPORT_FORMATS = [
  { id: 'json', label: 'JSON (graph file)' },
  { id: 'gexf', label: 'GEXF (Gephi)' },
  { id: 'graphml', label: 'GraphML (yEd, Cytoscape)' },
  { id: 'csv', label: 'CSV (nodes + edges)' },
  { id: 'csv-semicolon', label: 'CSV with ; (Danish/Norwegian Excel)' },
] as const;
export type UiExportFormat = (typeof UI_EXPORT_FORMATS)[number]['id'];

/**
 * Downloads the graph, or the filtered view, in a format: the same `exportGraph` the CLI's `export` runs,
 * loaded on first use so the writers stay out of the first bundle. Returns the file names.
 */
export async function exportAndDownload(
  graph: NewsGraph,
  filter: GraphFilter | null,
  format: UiExportFormat,
  baseName: string,
  positions?: (key: string) => { x: number; y: number } | undefined,
): Promise<string[]> {
  const { exportGraph } = await import('../../formats/index.ts');
  let g = filter && !isEmptyFilter(filter) ? applyFilter(graph, filter) : graph;
  // The picture's layout goes with the file (x, y: GEXF viz:position, JSON node attributes), so Gephi opens
  // the same picture. On a copy: the loaded graph is never changed for display.
  if (positions) {
    if (g === graph) g = applyFilter(graph, {});
    const copy = g;
    copy.forEachNode((key) => {
      const p = positions(key);
      if (p) copy.mergeNodeAttributes(key, { x: p.x, y: p.y });
    });
  }
  // Excel in Danish and Norwegian locales splits on `;` (`,` is the decimal mark there).
  const files =
    format === 'csv-semicolon'
      ? exportGraph(g, 'csv', { baseName, csvDelimiter: ';' })
      : exportGraph(g, format, { baseName });
  for (const f of files) downloadBlob(f.name, new Blob([...f.chunks()], { type: f.mime }));
  return files.map((f) => f.name);
}
