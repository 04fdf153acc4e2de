import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';

/** The PWA's client-side routes: each answers with the app shell. */
export const PWA_ROUTES = ['/agent', '/kiosk', '/office', '/dashboard'] as const;

/**
 * Serves the built PWA. `index.html` and `sw.js` are never cached by HTTP, so a new release
 * reaches devices on their next visit; fingerprinted assets are cached for a year.
 */
export function servePwa(pwaDir: string): Router {
  const root = resolve(pwaDir);
  const router = Router();
  if (!existsSync(join(root, 'index.html'))) return router;
  const noCache = (res: express.Response) => res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
  router.use(
    express.static(root, {
      index: 'index.html',
      setHeaders(res, path) {
        if (path.endsWith('index.html') || path.endsWith('sw.js') || path.endsWith('.webmanifest')) noCache(res);
        else if (path.includes(`${join(root, 'assets')}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  for (const route of PWA_ROUTES) {
    router.get([route, `${route}/*rest`], (_req, res) => {
      noCache(res);
      res.sendFile(join(root, 'index.html'));
    });
  }
  return router;
}
