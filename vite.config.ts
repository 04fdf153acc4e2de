import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The PWA: source in pwa/, built into dist/pwa, which the sync server serves. */
export default defineConfig({
  root: 'pwa',
  plugins: [preact()],
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    target: 'es2020',
  },
  server: {
    // `npm run dev` serves the API on 8080; the Vite dev server forwards API calls to it.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
