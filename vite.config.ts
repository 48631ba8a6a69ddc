import { defineConfig } from 'vite';

// The explorer lives in src/app; `npm start` writes public/graph.json, served as /graph.json.
export default defineConfig({
  root: 'src/app',
  publicDir: '../../public',
  base: './',
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
});
