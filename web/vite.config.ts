import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The app builds into dist/web, which `dossier serve` serves. `npm run dev:web` proxies the
// API to a `dossier serve` on port 8080.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
