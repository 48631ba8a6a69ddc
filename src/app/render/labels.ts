import type Sigma from 'sigma';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

/** A label's box on the canvas, in CSS pixels. */
export interface LabelBox {
  key: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** Room kept around a label so neighbours do not touch. */
const GAP = 3;
/** Up to this many nodes, node discs are obstacles for labels (beyond, the cost per frame grows too much). */
const MAX_OBSTACLES = 3000;
/** The best-ranked labels that may cover a node when there is no free spot. */
const ALWAYS_NAMED = 8;
/** Labels stay this far from the canvas edge. */
const EDGE = 4;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP;

/**
 * Node labels that never run off the canvas and never overlap, drawn in rank order. Sigma calls the drawer
 * label by label (its grid's picks first, forced labels after), so the ranked labels are placed first, once
 * per frame, and any other label is drawn only where it collides with nothing already placed.
 */
export class LabelPlacer {
  /** The boxes drawn in the last frame (read by the tests). */
  drawn: LabelBox[] = [];
  private planned: Map<string, LabelBox> | null = null;
  private obstacles: LabelBox[] = [];

  constructor(
    private sigma: () => Sigma | null,
    /** Keys in rank order: the labels that win a contested spot. */
    private ranked: () => readonly string[],
  ) {}

  /** Called before each frame: positions and zoom may have changed. */
  reset(): void {
    this.planned = null;
    this.obstacles = [];
    this.drawn = [];
  }

  /**
   * Where a label may go, best first: right of its node, left, above, below; each clamped inside the canvas,
   * so no label runs off it.
   */
  candidates(ctx: CanvasRenderingContext2D, d: LabelData, size: number, key: string): LabelBox[] {
    const label = d.label ?? '';
    const w = ctx.measureText(label).width;
    const { width, height } = this.sigma()?.getDimensions() ?? ctx.canvas.getBoundingClientRect();
    const box = (x: number, baseline: number): LabelBox => {
      const bx = Math.max(EDGE, Math.min(x, width - EDGE - w));
      const by = Math.max(size + EDGE, Math.min(baseline, height - EDGE));
      return { key, label, x: bx, y: by - size, w, h: size + 2 };
    };
    const mid = d.y + size / 3;
    const right = d.x + d.size + 3;
    const left = d.x - d.size - 3 - w;
    const sides =
      right + w > width - EDGE ? [box(left, mid), box(right, mid)] : [box(right, mid), box(left, mid)];
    return [...sides, box(d.x - w / 2, d.y - d.size - 4), box(d.x - w / 2, d.y + d.size + size + 2)];
  }

  /** The first candidate spot that collides with none of `taken`, if any. */
  private free(candidates: LabelBox[], taken: Iterable<LabelBox>): LabelBox | undefined {
    const list = [...taken];
    return candidates.find((c) => !list.some((b) => overlaps(b, c)));
  }

  private plan(ctx: CanvasRenderingContext2D, settings: Settings): Map<string, LabelBox> {
    const out = new Map<string, LabelBox>();
    const sigma = this.sigma();
    if (!sigma) return out;
    const size = settings.labelSize;
    const boxes: LabelBox[] = [];
    // Visible nodes are obstacles too, on graphs small enough to look at each: a label never covers a node.
    const discs: LabelBox[] = [];
    const graph = sigma.getGraph();
    if (graph.order <= MAX_OBSTACLES) {
      graph.forEachNode((key) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden) return;
        const p = sigma.framedGraphToViewport(data);
        const r = sigma.scaleSize(data.size) - 1;
        discs.push({ key, label: '', x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
      });
    }
    this.obstacles = discs;
    this.ranked().forEach((key, rank) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) return;
      const p = sigma.framedGraphToViewport(data);
      const d = { ...data, x: p.x, y: p.y, size: sigma.scaleSize(data.size) };
      const spots = this.candidates(ctx, d, size, key);
      // The very top of the ranking may cover a small node rather than go unnamed.
      const box =
        this.free(spots, [...boxes, ...discs.filter((b) => b.key !== key)]) ??
        (rank < ALWAYS_NAMED ? this.free(spots, boxes) : undefined);
      if (!box) return;
      boxes.push(box);
      out.set(key, box);
    });
    return out;
  }

  /** Sigma's `defaultDrawNodeLabel`. */
  readonly drawLabel = (ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    this.planned ??= this.plan(ctx, settings);
    const key = data.key ?? data.label;
    const box =
      this.planned.get(key) ??
      this.free(this.candidates(ctx, data, size, key), [
        ...this.drawn,
        ...this.planned.values(),
        ...this.obstacles.filter((b) => b.key !== key),
      ]);
    if (!box) return;
    this.drawn.push(box);
    // A white halo keeps the label readable across edges.
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineJoin = 'round';
    ctx.strokeText(data.label, box.x, box.y + size);
    ctx.fillStyle = '#1f2937';
    ctx.fillText(data.label, box.x, box.y + size);
  };

  /** Sigma's `defaultDrawNodeHover`: a white card behind the label, on the same side as the label. */
  readonly drawHover = (ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.shadowBlur = 8;
    ctx.shadowColor = 'rgba(0,0,0,0.35)';
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    ctx.fill();
    if (data.label) {
      const box = this.candidates(ctx, data, size, data.key ?? data.label)[0];
      ctx.fillRect(box.x - 3, box.y - 2, box.w + 6, box.h + 3);
      ctx.shadowBlur = 0;
      ctx.fillStyle = '#1f2937';
      ctx.fillText(data.label, box.x, box.y + size);
    }
    ctx.shadowBlur = 0;
  };
}
