import type Sigma from 'sigma';

/**
 * Composes sigma's stacked canvases (WebGL layers and 2D label layers) into one 2D canvas on a white
 * background. Drawn right after a synchronous refresh, so the WebGL buffers still hold the frame.
 */
export function composeCanvas(sigma: Sigma): HTMLCanvasElement {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const dpr = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * dpr);
  out.height = Math.round(height * dpr);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // DOM order is sigma's z-order (edges, nodes, labels, hovers, mouse).
  for (const canvas of sigma.getContainer().querySelectorAll('canvas')) {
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** How many pixels of the composed frame are not background: a cheap "did anything draw" probe. */
export function drawnPixels(sigma: Sigma): number {
  const c = composeCanvas(sigma);
  const ctx = c.getContext('2d');
  if (!ctx) return 0;
  const data = ctx.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) n++;
  }
  return n;
}
