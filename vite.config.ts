import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOR = '#0b5394';

/** The PWA: source in pwa/, built into dist/pwa, which the sync server serves. */
export default defineConfig({
  root: 'pwa',
  plugins: [
    preact(),
    VitePWA({
      // Our own service worker (pwa/src/sw.ts); the plugin injects the precache list and builds it to /sw.js.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // The page registers it through workbox-window (src/update/update-controller.ts).
      injectRegister: false,
      manifest: {
        name: 'Seva · సేవ',
        short_name: 'Seva',
        description: 'Government services for citizens of Andhra Pradesh, filed by secretariat staff, online or not.',
        lang: 'en',
        start_url: '/agent',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The maskable icon's SVG source is for people; phones get its PNG.
        globIgnores: ['icons/source/**'],
      },
    }),
  ],
  // The sync worker is an ES module worker (Chromium and Android WebView both support them).
  worker: { format: 'es' },
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
