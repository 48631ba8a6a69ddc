import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram } from 'sigma/rendering';
import type { NodeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Store } from '../state/store.ts';
import { buildDisplayGraph } from './display.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display.ts';
import { animateTo, extentOf, sameBox } from './camera.ts';
import { currentPath } from '../state/explore.ts';
import { applyPins, enableDrag } from './drag.ts';
import { LabelPlacer } from './labels.ts';
import { colorsFor, metricValues, sizesFrom } from './metrics.ts';
import { LayoutControl, SETTLE_MAX_NODES, settle } from './layout.ts';
import { nodePointProgramPickingAtRest } from './programs.ts';
import { edgeReducer, nodeReducer } from './reducers.ts';
import type { ReducerContext } from './reducers.ts';

/** Past this many edges, edge hover/click events cost more than they give (sigma picks edges on the CPU). */
const EDGE_EVENTS_MAX = 20_000;
/** Past these sizes a graph is "large": no hover highlighting, edges hidden while the camera moves. */
const LARGE_NODES = 5000;
const LARGE_EDGES = 20_000;
/** Graphs with more edges than this show their nodes first and their edges a moment later. */
const PROGRESSIVE_EDGES = 20_000;
/** Relation labels appear on every edge once the camera is zoomed in this far. */
const EDGE_LABEL_RATIO = 0.45;
/** A focus with more neighbours than this shows its relation labels on hover only, not all at once. */
const MAX_FOCUS_EDGE_LABELS = 8;
/** Canvas area (px²) per ranked label at zoom 1: the label budget grows as the camera zooms in. */
const AREA_PER_LABEL = 16_000;

/**
 * Sigma draws synchronously (in its constructor, in setGraph); the browser shows that frame at its next
 * paint. A rAF callback runs just before that paint and a task queued from it just after: that is when
 * the frame is on screen, the moment the benchmark measures.
 */
export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

/** Settings that depend on the graph's size; `points` is the node program for large graphs. */
function sizeSettings(d: { order: number; size: number }, points: NodeProgramType) {
  const large = d.order > LARGE_NODES || d.size > LARGE_EDGES;
  return {
    // Thick anti-aliased arrows cost a lot of fragment work in software WebGL; on big graphs, where arrow
    // heads are unreadable anyway, edges are 1-pixel lines.
    edgeProgramClasses: large
      ? { arrow: EdgeLineProgram, curved: EdgeLineProgram }
      : { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    nodeProgramClasses: { circle: large ? points : NodeCircleProgram },
    enableEdgeEvents: d.size <= EDGE_EVENTS_MAX,
    // Big graphs: draw edges and labels only when the camera rests, and label only the big nodes.
    hideEdgesOnMove: d.size > 5000,
    hideLabelsOnMove: large,
    // Besides the ranked labels (forced in the reducer), sigma's grid adds labels of nodes big enough on
    // screen: as the camera zooms in nodes grow past the threshold and more labels come.
    labelRenderedSizeThreshold: large ? 14 : d.order > 300 ? 9 : 12,
    labelDensity: large ? 0.3 : 0.6,
    labelGridCellSize: 120,
  };
}

/** Sigma plus the pieces around it: display graph, reducers fed from the store, layout control. */
export class GraphView {
  readonly sigma: Sigma;
  display: DisplayGraph;
  layout: LayoutControl;
  private ctx: ReducerContext;
  private layoutListeners: ((running: boolean) => void)[] = [];
  /** The camera moved during the frame being drawn (set before each frame). */
  private moving = false;
  private readonly points = nodePointProgramPickingAtRest(() => this.moving);
  /** Exposed for the tests: where the last frame's labels were drawn. */
  readonly labels: LabelPlacer;
  /** The zoom step the label budget was computed for. */
  private labelZoom = 0;
  /** Where dragged nodes were pinned (render/drag.ts). */
  private readonly pins = new Map<string, { x: number; y: number }>();
  /** Size and colour by a metric (render/metrics.ts); undefined = degree and entity type. */
  private sizes: Map<string, number> | undefined;
  private colors: Map<string, string> | undefined;
  private metricsRun = 0;
  /** True during the click that ends a drag (render/drag.ts). */
  private dropping: () => boolean = () => false;

  constructor(
    private container: HTMLElement,
    private store: Store,
  ) {
    this.display = this.prepare();
    this.labels = new LabelPlacer(
      () => this.sigmaOrNull(),
      () => this.ctx.labelOrder,
    );
    this.ctx = this.context();
    this.sigma = new Sigma(this.display, container, {
      defaultDrawNodeLabel: this.labels.drawLabel,
      defaultDrawNodeHover: this.labels.drawHover,
      allowInvalidContainer: true,
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      ...sizeSettings(this.store.state.graph, this.points),
      labelFont: 'Inter, system-ui, sans-serif',
      edgeLabelFont: 'Inter, system-ui, sans-serif',
      labelSize: 13,
      edgeLabelSize: 11,
      zIndex: true,
      stagePadding: 40,
      // Sigma is typed loosely here (its program classes are not generic-friendly); the data is ours.
      nodeReducer: (key, data) => nodeReducer(key, data as DisplayNode, this.ctx),
      edgeReducer: (key, data) =>
        edgeReducer(key, data as DisplayEdge, this.ctx, (e) => [
          this.display.source(e),
          this.display.target(e),
        ]),
    });
    this.layout = this.makeLayout();
    this.sigma.on('beforeRender', () => this.labels.reset());
    this.frameVisible(false);
    this.trackMotion();
    this.scheduleEdges();
    this.wireEvents();
    this.throttleHoverPicking();
    this.dropping = enableDrag({
      sigma: this.sigma,
      display: () => this.display,
      store,
      stopLayout: () => this.layout.stop(),
      pins: this.pins,
    });
    this.updateMetrics();
    // Sigma only listens to window resizes; panels opening or the header wrapping also resize the stage.
    // The observer also fires once at start, for the size sigma already has: skip that one.
    let last = `${container.clientWidth}x${container.clientHeight}`;
    new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now === last) return;
      last = now;
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    }).observe(container);
    store.subscribe((_s, changed) => {
      if (changed.has('graphVersion')) {
        this.reload();
        return this.updateMetrics();
      }
      if (changed.has('pinned')) applyPins(this.display, store.state.pinned, this.pins);
      const metric = changed.has('sizeBy') || changed.has('colorBy');
      if (metric || (changed.has('visible') && (this.sizes || this.colors))) this.updateMetrics();
      // A path, a pin: the same items redrawn, nothing reframed.
      if (changed.has('path') || changed.has('pinned')) {
        this.ctx = this.context();
        if (!changed.has('visible')) this.sigma.refresh({ skipIndexation: true });
        // A new path is framed whole, wherever the camera was.
        const found = currentPath(store.state);
        if (changed.has('path') && found.kind === 'found') animateTo(this.sigma, found.nodes);
      }
      // On big graphs hovering does not re-run the reducers over every item: only clicks do.
      const hover = !this.large && (changed.has('hoveredNode') || changed.has('hoveredEdge'));
      if (changed.has('visible') || changed.has('selection') || hover) this.ctx = this.context();
      // The camera follows the work: a filter frames what is left (frameVisible refreshes), a selection
      // its neighbourhood.
      if (changed.has('visible')) this.frameVisible();
      else if (changed.has('selection') || hover) this.sigma.refresh({ skipIndexation: true });
      if (changed.has('selection') && !changed.has('visible')) this.frameSelection();
    });
  }

  /**
   * The display graph for the store's graph, laid out. Big graphs come in two steps: nodes first, so the
   * first frame is not held back by copying and uploading 100,000 edges, then the edges (completeEdges).
   */
  private prepare(): DisplayGraph {
    const g = this.store.state.graph;
    this.pendingEdges = g.size > PROGRESSIVE_EDGES && g.order > SETTLE_MAX_NODES;
    const d = buildDisplayGraph(g, !this.pendingEdges);
    applyPins(d, this.store.state.pinned, this.pins);
    settle(d);
    return d;
  }

  private pendingEdges = false;

  private scheduleEdges(): void {
    if (!this.pendingEdges) return;
    const version = this.store.state.graphVersion;
    const afterNextPaint = (fn: () => void): void => {
      requestAnimationFrame(() => setTimeout(fn, 0));
    };
    // Two paints later: the nodes-only frame is on screen before the long edge build starts.
    afterNextPaint(() =>
      afterNextPaint(() => {
        if (version !== this.store.state.graphVersion || !this.pendingEdges) return;
        this.pendingEdges = false;
        const full = buildDisplayGraph(this.store.state.graph);
        this.display.forEachNode((key, a) => full.mergeNodeAttributes(key, { x: a.x, y: a.y }));
        this.layout.kill();
        this.display = full;
        this.layout = this.makeLayout();
        this.ctx = this.context();
        this.sigma.setGraph(full);
        markAfterPaint('newsgraph:edges-frame');
      }),
    );
  }

  private makeLayout(): LayoutControl {
    const l = new LayoutControl(this.display);
    l.onChange((running) => {
      // While ForceAtlas2 moves nodes, sigma frames them itself; once it stops, the view is framed again.
      if (running) this.sigma.setCustomBBox(null);
      else if (this.sigmaOrNull()) this.frameVisible();
      this.layoutListeners.forEach((fn) => fn(running));
    });
    return l;
  }

  onLayoutChange(fn: (running: boolean) => void): void {
    this.layoutListeners.push(fn);
  }

  private reload(): void {
    this.layout.kill();
    this.display = this.prepare();
    this.layout = this.makeLayout();
    this.ctx = this.context();
    for (const [k, v] of Object.entries(sizeSettings(this.store.state.graph, this.points))) {
      this.sigma.setSetting(k as keyof ReturnType<typeof sizeSettings>, v as never);
    }
    this.sigma.setGraph(this.display);
    this.scheduleEdges();
    this.frameVisible();
  }

  private sigmaOrNull(): Sigma | null {
    // Read during construction, before sigma exists.
    return (this as { sigma?: Sigma }).sigma ?? null;
  }

  /** Normalises the picture to the visible nodes, so ⤢ and the first frame show what is left, not everything. */
  frameVisible(refresh = true): void {
    let bbox = this.layout?.running ? null : extentOf(this.display, this.store.state.visible.nodes, 0.05);
    // The whole graph's extent is sigma's own framing: no override, and on a big graph no second indexing.
    if (bbox && sameBox(bbox, extentOf(this.display, this.display.nodes(), 0.05))) bbox = null;
    const moved = !sameBox(bbox, this.sigma.getCustomBBox());
    this.sigma.setCustomBBox(bbox);
    if (refresh || moved) this.sigma.refresh();
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (this.store.state.selection) this.frameSelection(0);
  }

  /** The selected node and its visible neighbours, or the selected edge's ends. */
  private selectionKeys(): string[] {
    const { selection, visible } = this.store.state;
    if (!selection) return [];
    if (selection.kind === 'edge') {
      return this.display.hasEdge(selection.key)
        ? [this.display.source(selection.key), this.display.target(selection.key)]
        : [];
    }
    if (!this.display.hasNode(selection.key)) return [];
    const keys = [selection.key];
    this.display.forEachEdge(selection.key, (edge, _a, s, t) => {
      if (visible.edges.has(edge)) keys.push(s === selection.key ? t : s);
    });
    return keys;
  }

  private frameSelection(duration = 350): void {
    const keys = this.selectionKeys();
    if (keys.length) animateTo(this.sigma, keys, duration);
    else void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration });
  }

  private get large(): boolean {
    return this.display.order > LARGE_NODES || this.display.size > LARGE_EDGES;
  }

  /** Recomputes the metric sizes and colours; betweenness arrives asynchronously (lazy-loaded). */
  private updateMetrics(): void {
    const s = this.store.state;
    const run = ++this.metricsRun;
    // The default look needs no work (and no extra frame on a big graph's first load).
    if (s.sizeBy === 'relations' && s.colorBy === 'type' && !this.sizes && !this.colors) return;
    this.colors = colorsFor(s.graph, s.visible, s.colorBy);
    const apply = (values: Map<string, number> | null): void => {
      if (run !== this.metricsRun) return;
      this.sizes = values ? sizesFrom(values, this.display.order) : undefined;
      this.ctx = this.context();
      this.sigma.refresh();
    };
    void metricValues(s.graph, s.visible, s.sizeBy).then(apply);
  }

  private context(): ReducerContext {
    const s = this.store.state;
    const selectedNode = s.selection?.kind === 'node' ? s.selection.key : null;
    const found = currentPath(s);
    const path =
      found.kind === 'found' ? { nodes: new Set(found.nodes), edges: new Set(found.edges) } : undefined;
    // A path on screen takes over the highlighting: hovering does not relight other neighbourhoods.
    const focus = path ? null : ((this.large ? null : s.hoveredNode) ?? selectedNode);
    const neighbours = new Set<string>();
    if (focus && this.display.hasNode(focus)) {
      this.display.forEachEdge(focus, (edge, _a, src, tgt) => {
        if (s.visible.edges.has(edge)) neighbours.add(src === focus ? tgt : src);
      });
    }
    const labelOrder = this.rankLabels(focus, neighbours);
    // Before sigma exists (the first frame) its container has the same size.
    const dims = this.sigmaOrNull()?.getDimensions() ?? {
      width: this.container.clientWidth,
      height: this.container.clientHeight,
    };
    return {
      focusEdgeLabels: neighbours.size <= MAX_FOCUS_EDGE_LABELS,
      sizeScale: dims.width > 0 ? Math.max(0.55, Math.min(1, Math.min(dims.width, dims.height) / 650)) : 1,
      labelOrder,
      forced: new Set(labelOrder),
      visible: s.visible,
      focus: focus && this.display.hasNode(focus) ? focus : null,
      neighbours,
      selectedNode,
      selectedEdge: s.selection?.kind === 'edge' ? s.selection.key : null,
      hoveredEdge: this.large ? null : s.hoveredEdge,
      zoomedIn: this.sigma ? this.sigma.getCamera().ratio < EDGE_LABEL_RATIO : false,
      path,
      sizes: this.sizes,
      colors: this.colors,
      pinned: s.pinned,
    };
  }

  /**
   * Labels by rank: the focus and its neighbours first, then the visible nodes by degree in the view, as
   * many as the canvas has room for at this zoom (more as the camera zooms in).
   */
  private rankLabels(focus: string | null, neighbours: Set<string>): string[] {
    const { visible } = this.store.state;
    const sigma = this.sigmaOrNull();
    const ratio = sigma ? sigma.getCamera().ratio : 1;
    const { width, height } = sigma
      ? sigma.getDimensions()
      : { width: this.container.clientWidth || 800, height: this.container.clientHeight || 600 };
    const budget = Math.max(6, Math.min(200, Math.round((width * height) / AREA_PER_LABEL / ratio)));
    this.labelZoom = Math.round(Math.log2(ratio) * 2);
    const degree = new Map<string, number>();
    for (const e of visible.edges) {
      if (!this.display.hasEdge(e)) continue;
      for (const n of this.display.extremities(e)) degree.set(n, (degree.get(n) ?? 0) + 1);
    }
    const byRank = (a: string, b: string): number =>
      (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
    const head = focus && this.display.hasNode(focus) ? [focus, ...[...neighbours].sort(byRank)] : [];
    if (focus) return head;
    // Big graphs: only the top of the ranking, found without sorting everything.
    const ranked = [...degree.keys()].filter((k) => visible.nodes.has(k)).sort(byRank);
    return ranked.slice(0, budget);
  }

  private wireEvents(): void {
    const { sigma, store } = this;
    sigma.on('enterNode', ({ node }) => store.set({ hoveredNode: node }));
    sigma.on('leaveNode', () => store.set({ hoveredNode: null }));
    sigma.on('clickNode', ({ node }) => {
      if (!this.dropping()) store.set({ selection: { kind: 'node', key: node }, hoveredNode: null });
    });
    sigma.on('enterEdge', ({ edge }) => store.set({ hoveredEdge: edge }));
    sigma.on('leaveEdge', () => store.set({ hoveredEdge: null }));
    sigma.on('clickEdge', ({ edge }) => store.set({ selection: { kind: 'edge', key: edge } }));
    sigma.on('clickStage', () => {
      if (!this.dropping()) store.set({ selection: null });
    });
    const camera = sigma.getCamera();
    camera.on('updated', () => {
      const zoomedIn = camera.ratio < EDGE_LABEL_RATIO;
      const labelZoom = Math.round(Math.log2(camera.ratio) * 2);
      if (zoomedIn !== this.ctx.zoomedIn || labelZoom !== this.labelZoom) {
        this.ctx = this.context();
        sigma.refresh({ skipIndexation: true });
      }
    });
  }

  /**
   * While the camera moves, sigma leaves some layers empty (edges with hideEdgesOnMove; labels, hover labels
   * and highlighted nodes with hideLabelsOnMove) but still clears them every frame, and the browser still
   * reads each cleared WebGL canvas back and blends every layer. Hiding the empty layers saves that work
   * and shows exactly the same picture.
   */
  private trackMotion(): void {
    const { sigma } = this;
    const captor = sigma.getMouseCaptor();
    const camera = sigma.getCamera();
    const canvases = sigma.getCanvases();
    const edgeLayers = ['edges'];
    const labelLayers = ['edgeLabels', 'labels', 'hovers', 'hoverNodes'];
    let hidden = new Set<string>();
    sigma.on('beforeRender', () => {
      // The same test sigma's render() makes.
      this.moving =
        camera.isAnimated() ||
        captor.isMoving ||
        captor.draggedEvents > 0 ||
        captor.currentWheelDirection !== 0;
      const hide = new Set<string>();
      if (this.moving) {
        if (sigma.getSetting('hideEdgesOnMove')) edgeLayers.forEach((l) => hide.add(l));
        if (sigma.getSetting('hideLabelsOnMove')) labelLayers.forEach((l) => hide.add(l));
      }
      for (const l of [...edgeLayers, ...labelLayers]) {
        if (hide.has(l) !== hidden.has(l) && canvases[l]) {
          canvases[l].style.visibility = hide.has(l) ? 'hidden' : '';
        }
      }
      hidden = hide;
    });
  }

  /**
   * Sigma looks for the hovered node on every mouse move by reading a pixel back from WebGL. With software
   * WebGL each read stalls the pipeline for tens of milliseconds, which made panning crawl. Here the
   * look-up runs at most once per animation frame and not at all while the stage is being dragged.
   */
  private throttleHoverPicking(): void {
    const captor = this.sigma.getMouseCaptor();
    const original = captor.listeners('mousemove') as ((e: unknown) => void)[];
    if (original.length === 0) return;
    captor.removeAllListeners('mousemove');
    let latest: unknown = null;
    let queued = false;
    captor.on('mousemove', (e: unknown) => {
      if (captor.isMouseDown) return;
      latest = e;
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!captor.isMouseDown) for (const fn of original) fn(latest);
      });
    });
  }

  /** Frames a node with its visible neighbours. */
  focusNode(key: string): void {
    if (!this.display.hasNode(key)) return;
    const { visible } = this.store.state;
    const keys = [key];
    this.display.forEachEdge(key, (edge, _a, s, t) => {
      if (visible.edges.has(edge)) keys.push(s === key ? t : s);
    });
    animateTo(this.sigma, keys);
  }

  zoom(factor: number | 'reset'): void {
    const camera = this.sigma.getCamera();
    // The bbox is the visible nodes' (frameVisible): reset fits what is shown.
    if (factor === 'reset') void camera.animatedReset({ duration: 300 });
    else void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
  }

  /** A node's position in the layout (graph coordinates), for exports that carry the picture. */
  position(key: string): { x: number; y: number } | undefined {
    if (!this.display.hasNode(key)) return undefined;
    const { x, y } = this.display.getNodeAttributes(key);
    return { x, y };
  }

  /** A node's position in page pixels, where sigma itself hit-tests it (for tests and popups). */
  nodeOnPage(key: string): { x: number; y: number } | null {
    const d = this.sigma.getNodeDisplayData(key);
    if (!d) return null;
    const p = this.sigma.framedGraphToViewport({ x: d.x, y: d.y });
    const box = this.container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }
}
