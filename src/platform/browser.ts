// Browser entry: every model file is a Vite asset URL, fetched on first use of its language. Only the files of
// the languages of the articles a user adds are ever downloaded.
import { setModelReader } from '../nlp/models.ts';

const urls = import.meta.glob('../nlp/weights/*.ngm', { query: '?url', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

const cache = new Map<string, Uint8Array>();

export function useBrowserModels(): void {
  setModelReader((file) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const url = urls[`../nlp/weights/${file}`];
    if (!url) return Promise.reject(new Error(`no model file ${file} in this build`));
    return url()
      .then((u) => fetch(u))
      .then((r) => {
        if (!r.ok) throw new Error(`model ${file}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((b) => {
        const bytes = new Uint8Array(b);
        cache.set(file, bytes);
        return bytes;
      });
  });
}

useBrowserModels();
