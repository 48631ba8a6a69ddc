import { NodePointProgram } from 'sigma/rendering';
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** Whether the camera is moving right now (drag, inertia, wheel zoom, animation). */
export type MovingProbe = () => boolean;

/** While moving, nodes are drawn at this fraction of the resolution, then scaled up. */
const MOVING_SCALE = 0.5;

/**
 * Sigma's point program, cheaper while the camera moves. In software WebGL a frame's cost is the picking
 * pass plus the pixels drawn. Nothing reads the picking buffer mid-move (hover is not looked up while
 * dragging), so that pass is skipped; and the nodes are drawn at half resolution into an offscreen buffer
 * and scaled up, a quarter of the pixels. Sigma always draws one frame at rest once the camera stops, at
 * full resolution and with picking, so a still picture is unchanged.
 */
export function nodePointProgramPickingAtRest(moving: MovingProbe): NodeProgramType {
  return class NodePointProgramPickingAtRest extends NodePointProgram {
    private lowRes: { fbo: WebGLFramebuffer; rb: WebGLRenderbuffer; w: number; h: number } | null = null;

    render(params: RenderParams): void {
      const pick = this.pickProgram;
      if (!moving()) return super.render(params);
      this.pickProgram = null;
      try {
        const gl = this.normalProgram.gl;
        if (typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext) {
          this.renderLowRes(gl, params);
        } else super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }

    private renderLowRes(gl: WebGL2RenderingContext, params: RenderParams): void {
      const fullW = params.width * params.pixelRatio;
      const fullH = params.height * params.pixelRatio;
      const pixelRatio = params.pixelRatio * MOVING_SCALE;
      const w = Math.ceil(params.width * pixelRatio);
      const h = Math.ceil(params.height * pixelRatio);
      const target = this.target(gl, w, h);
      gl.bindFramebuffer(gl.FRAMEBUFFER, target);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      const info = this.normalProgram;
      const screen = info.frameBuffer;
      info.frameBuffer = target;
      try {
        super.render({ ...params, pixelRatio });
      } finally {
        info.frameBuffer = screen;
      }
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, target);
      gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, screen);
      gl.blitFramebuffer(0, 0, w, h, 0, 0, fullW, fullH, gl.COLOR_BUFFER_BIT, gl.LINEAR);
      gl.bindFramebuffer(gl.FRAMEBUFFER, screen);
      gl.viewport(0, 0, fullW, fullH);
    }

    /** The offscreen buffer, (re)made at the size asked for. */
    private target(gl: WebGL2RenderingContext, w: number, h: number): WebGLFramebuffer {
      if (this.lowRes && this.lowRes.w === w && this.lowRes.h === h) return this.lowRes.fbo;
      if (this.lowRes) {
        gl.deleteFramebuffer(this.lowRes.fbo);
        gl.deleteRenderbuffer(this.lowRes.rb);
      }
      const fbo = gl.createFramebuffer();
      const rb = gl.createRenderbuffer();
      gl.bindRenderbuffer(gl.RENDERBUFFER, rb);
      gl.renderbufferStorage(gl.RENDERBUFFER, gl.RGBA8, w, h);
      gl.bindFramebuffer(gl.FRAMEBUFFER, fbo);
      gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.RENDERBUFFER, rb);
      gl.bindRenderbuffer(gl.RENDERBUFFER, null);
      this.lowRes = { fbo, rb, w, h };
      return fbo;
    }

    kill(): void {
      if (this.lowRes) {
        const gl = this.normalProgram.gl as WebGL2RenderingContext;
        gl.deleteFramebuffer(this.lowRes.fbo);
        gl.deleteRenderbuffer(this.lowRes.rb);
        this.lowRes = null;
      }
      super.kill();
    }
  };
}
