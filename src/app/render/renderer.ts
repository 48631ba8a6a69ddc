import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Store } from '../state/store.ts';
import { buildDisplayGraph } from './display.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display.ts';
import { LayoutControl, settle } from './layout.ts';
import { edgeReducer, nodeReducer } from './reducers.ts';
import type { ReducerContext } from './reducers.ts';

/** Past this many edges, edge hover/click events cost more than they give (sigma picks edges on the CPU). */
const EDGE_EVENTS_MAX = 20_000;
/** Relation labels appear on every edge once the camera is zoomed in this far. */
const EDGE_LABEL_RATIO = 0.45;

/** Sigma plus the pieces around it: display graph, reducers fed from the store, layout control. */
export class GraphView {
  readonly sigma: Sigma;
  display: DisplayGraph;
  layout: LayoutControl;
  private ctx: ReducerContext;
  private layoutListeners: ((running: boolean) => void)[] = [];

  constructor(
    private container: HTMLElement,
    private store: Store,
  ) {
    this.display = this.prepare();
    this.ctx = this.context();
    const large = this.display.order > 5000;
    this.sigma = new Sigma(this.display, container, {
      allowInvalidContainer: true,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
      renderEdgeLabels: true,
      enableEdgeEvents: this.display.size <= EDGE_EVENTS_MAX,
      // Big graphs: draw edges and labels only when the camera rests, and label only the big nodes.
      hideEdgesOnMove: this.display.size > 5000,
      hideLabelsOnMove: large,
      labelRenderedSizeThreshold: large ? 14 : this.display.order > 300 ? 8 : 0,
      labelDensity: large ? 0.3 : 1,
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
    this.wireEvents();
    // Sigma only listens to window resizes; panels opening or the header wrapping also resize the stage.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    }).observe(container);
    store.subscribe((_s, changed) => {
      if (changed.has('graphVersion')) return this.reload();
      if (
        changed.has('visible') ||
        changed.has('hoveredNode') ||
        changed.has('hoveredEdge') ||
        changed.has('selection')
      ) {
        this.ctx = this.context();
        this.sigma.refresh({ skipIndexation: !changed.has('visible') });
      }
    });
  }

  /** The display graph for the store's graph, laid out. */
  private prepare(): DisplayGraph {
    const d = buildDisplayGraph(this.store.state.graph);
    settle(d);
    return d;
  }

  private makeLayout(): LayoutControl {
    const l = new LayoutControl(this.display);
    l.onChange((running) => this.layoutListeners.forEach((fn) => fn(running)));
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
    this.sigma.setSetting('enableEdgeEvents', this.display.size <= EDGE_EVENTS_MAX);
    this.sigma.setGraph(this.display);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  private context(): ReducerContext {
    const s = this.store.state;
    const selectedNode = s.selection?.kind === 'node' ? s.selection.key : null;
    const focus = s.hoveredNode ?? selectedNode;
    const neighbours = new Set<string>();
    if (focus && this.display.hasNode(focus)) {
      this.display.forEachEdge(focus, (edge, _a, src, tgt) => {
        if (s.visible.edges.has(edge)) neighbours.add(src === focus ? tgt : src);
      });
    }
    return {
      visible: s.visible,
      focus: focus && this.display.hasNode(focus) ? focus : null,
      neighbours,
      selectedNode,
      selectedEdge: s.selection?.kind === 'edge' ? s.selection.key : null,
      hoveredEdge: s.hoveredEdge,
      zoomedIn: this.sigma ? this.sigma.getCamera().ratio < EDGE_LABEL_RATIO : false,
    };
  }

  private wireEvents(): void {
    const { sigma, store } = this;
    sigma.on('enterNode', ({ node }) => store.set({ hoveredNode: node }));
    sigma.on('leaveNode', () => store.set({ hoveredNode: null }));
    sigma.on('clickNode', ({ node }) =>
      store.set({ selection: { kind: 'node', key: node }, hoveredNode: null }),
    );
    sigma.on('enterEdge', ({ edge }) => store.set({ hoveredEdge: edge }));
    sigma.on('leaveEdge', () => store.set({ hoveredEdge: null }));
    sigma.on('clickEdge', ({ edge }) => store.set({ selection: { kind: 'edge', key: edge } }));
    sigma.on('clickStage', () => store.set({ selection: null }));
    const camera = sigma.getCamera();
    camera.on('updated', () => {
      const zoomedIn = camera.ratio < EDGE_LABEL_RATIO;
      if (zoomedIn !== this.ctx.zoomedIn) {
        this.ctx = { ...this.ctx, zoomedIn };
        sigma.refresh({ skipIndexation: true });
      }
    });
  }

  /** Centres the camera on a node and zooms in a little. */
  focusNode(key: string): void {
    const d = this.sigma.getNodeDisplayData(key);
    if (!d) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  zoom(factor: number | 'reset'): void {
    const camera = this.sigma.getCamera();
    if (factor === 'reset') void camera.animatedReset({ duration: 300 });
    else void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
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
