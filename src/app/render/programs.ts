import { NodePointProgram } from 'sigma/rendering';
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** Whether the camera is moving right now (drag, inertia, wheel zoom, animation). */
export type MovingProbe = () => boolean;

/**
 * Sigma's point program, minus the picking pass while the camera moves. Each pass costs about as much as
 * the visible one in software WebGL (it is per point, not per pixel), and nothing reads the picking
 * buffer mid-move: hover is not looked up while dragging. Sigma always draws one frame at rest once the
 * camera stops, which fills the picking buffer again.
 */
export function nodePointProgramPickingAtRest(moving: MovingProbe): NodeProgramType {
  return class NodePointProgramPickingAtRest extends NodePointProgram {
    render(params: RenderParams): void {
      const pick = this.pickProgram;
      if (pick === null || !moving()) return super.render(params);
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  };
}
