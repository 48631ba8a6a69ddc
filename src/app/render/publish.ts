import type Sigma from 'sigma';
import { ontology } from '../../graph/index.ts';
import type { EntityType, NewsGraph, RelationType } from '../../graph/index.ts';
import type { Store } from '../state/store.ts';
import { composeCanvas } from './png.ts';

export interface PublishInfo {
  graph: NewsGraph;
  visible: { nodes: Set<string>; edges: Set<string> };
  /** The graph's name or its file. */
  title: string;
  /** Today, for the caption (passed in so the picture is reproducible in tests). */
  exported: string;
}

/** What the caption says, from the store: the graph's name (or file), what is shown, today's date. */
export function publishInfo(store: Store): PublishInfo {
  const { graph, visible, source } = store.state;
  const name = graph.getAttribute('name');
  return {
    graph,
    visible,
    title: typeof name === 'string' && name ? name : source.slice(source.lastIndexOf('/') + 1),
    exported: new Date().toISOString().slice(0, 10),
  };
}

const HEAD = 58;
const FOOT = 40;
const PAD = 16;
const FONT = 'Inter, system-ui, sans-serif';

/**
 * Renders the view at `scale`× (sigma redraws at that pixel ratio for the moment of the copy), so text and
 * edges are sharp in print, not an upscaled screen copy.
 */
function frameAt(sigma: Sigma, scale: number): HTMLCanvasElement {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const ratio = Math.max(scale, window.devicePixelRatio || 1);
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    sigma.resize(true);
    return composeCanvas(sigma);
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else Reflect.deleteProperty(window, 'devicePixelRatio');
    sigma.resize(true);
    sigma.refresh();
  }
}

/** The articles' date span, "2020-01-03 – 2020-02-01", or one date, or nothing. */
function dateSpan(graph: NewsGraph): string {
  const dates = graph
    .getAttribute('articles')
    .map((a) => a.date)
    .filter((d): d is string => !!d)
    .sort();
  if (!dates.length) return '';
  const [lo, hi] = [dates[0], dates[dates.length - 1]];
  return lo === hi ? lo : `${lo} – ${hi}`;
}

/**
 * The view for publication: a title and a caption (counts, sources' dates, export date) above the graph at
 * 2× or more, and a legend of the entity and relation types it shows below it.
 */
export function publicationCanvas(sigma: Sigma, info: PublishInfo, scale = 2): HTMLCanvasElement {
  const frame = frameAt(sigma, scale);
  const k = frame.width / sigma.getDimensions().width;
  const out = document.createElement('canvas');
  out.width = frame.width;
  out.height = frame.height + Math.round((HEAD + FOOT) * k);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  ctx.scale(k, k);
  const width = frame.width / k;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, out.height / k);

  ctx.fillStyle = '#1f2430';
  ctx.font = `700 18px ${FONT}`;
  ctx.fillText(info.title, PAD, 26);
  const { graph, visible } = info;
  const span = dateSpan(graph);
  const articles = graph.getAttribute('articles').length;
  const caption = [
    `${visible.nodes.size} nodes, ${visible.edges.size} relations`,
    `${articles} article${articles === 1 ? '' : 's'}${span ? ` (${span})` : ''}`,
    `exported ${info.exported}`,
  ].join(' · ');
  ctx.fillStyle = '#6b7280';
  ctx.font = `400 12px ${FONT}`;
  ctx.fillText(caption, PAD, 46);
  ctx.drawImage(frame, 0, HEAD, width, frame.height / k);

  // Legend: only the types the view shows.
  const types = new Set<EntityType>();
  for (const n of visible.nodes) if (graph.hasNode(n)) types.add(graph.getNodeAttribute(n, 'type'));
  const relations = new Set<RelationType>();
  for (const e of visible.edges) if (graph.hasEdge(e)) relations.add(graph.getEdgeAttribute(e, 'type'));
  let x = PAD;
  const y = HEAD + frame.height / k + FOOT / 2;
  ctx.font = `400 12px ${FONT}`;
  ctx.textBaseline = 'middle';
  const item = (label: string, color: string, line: boolean): void => {
    ctx.fillStyle = color;
    if (line) ctx.fillRect(x, y - 1.5, 16, 3);
    else {
      ctx.beginPath();
      ctx.arc(x + 6, y, 5, 0, Math.PI * 2);
      ctx.fill();
    }
    x += line ? 22 : 16;
    ctx.fillStyle = '#1f2430';
    ctx.fillText(label, x, y);
    x += ctx.measureText(label).width + 14;
  };
  for (const t of Object.keys(ontology.entityTypes) as EntityType[])
    if (types.has(t)) item(ontology.entityTypes[t].label, ontology.entityTypes[t].color, false);
  for (const r of Object.keys(ontology.relationTypes) as RelationType[])
    if (relations.has(r)) item(ontology.relationTypes[r].label, ontology.relationTypes[r].color, true);
  ctx.fillStyle = '#9ca3af';
  ctx.textAlign = 'right';
  ctx.fillText('newsgraph', width - PAD, y);
  return out;
}
