import { Router } from 'express';
import type { Store } from '../store/store';
import type { CatalogService } from '../domain/catalog-service';
import { AppError } from '../http/app-error';

/** `/healthz`: the process is up. `/readyz`: it can serve (database answers, catalog published). */
export function healthRoutes(deps: { store: Store; catalog: CatalogService }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      const latest = await deps.catalog.latest();
      res.json({ status: 'ready', engine: deps.store.engine, catalogRev: latest.catalog.rev });
    } catch (error) {
      throw new AppError('unavailable', `not ready: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return router;
}
