import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
// With its extension, as Vite's config loader asks of relative imports (TypeScript maps `.js` to the `.ts` file).
import { resolveTrustRoots, TRUST_ROOTS_ENV, trustRootsFilePlugin } from './pwa/build/trust-roots.js';

const THEME_COLOR = '#0b5394';

/** The PWA: source in pwa/, built into dist/pwa, which the sync server serves. */
export default defineConfig(({ command }) => {
  // The kiosk's pinned trust-list roots (pwa/build/trust-roots.ts says why a build needs them).
  const trust = resolveTrustRoots(process.env[TRUST_ROOTS_ENV], command);
  if (trust.warning) console.warn(`\n  ${trust.warning}\n`);
  return {
    root: 'pwa',
    define: { __SEVA_TRUST_ROOTS__: JSON.stringify(trust.roots) },
    plugins: [
      preact(),
      trustRootsFilePlugin(trust.roots),
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
  };
});
