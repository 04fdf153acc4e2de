import { Router, type Request, type Response } from 'express';
import { CatalogQuerySchema } from '../../shared/api/catalog-api';
import type { Geography } from '../../shared/model/geography';
import type { CatalogService } from '../domain/catalog-service';
import { parseInput } from '../http/parse';
import { createHash } from 'node:crypto';

/** Answers 304 when the client already holds this exact body, otherwise sends it. */
function sendCachedJson(req: Request, res: Response, json: string, etag: string): void {
  res.setHeader('ETag', etag);
  // Clients must revalidate, but a 304 costs a phone only a few bytes.
  res.setHeader('Cache-Control', 'no-cache');
  const presented = req.get('if-none-match');
  if (presented && presented.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(json);
}

/** Public catalog and geography: no token, since the bot, kiosks and new devices all need them. */
export function catalogRoutes(deps: { catalog: CatalogService; geography: Geography }): Router {
  const router = Router();
  router.get('/api/catalog', async (req, res) => {
    const query = parseInput(CatalogQuerySchema, req.query, 'query');
    if (query.since === undefined) {
      const latest = await deps.catalog.latest();
      sendCachedJson(req, res, latest.json, latest.etag);
      return;
    }
    const delta = await deps.catalog.delta(query.since);
    sendCachedJson(req, res, delta.json, delta.etag);
  });

  const geographyJson = JSON.stringify(deps.geography);
  const geographyEtag = `"geography-${createHash('sha256').update(geographyJson).digest('hex').slice(0, 16)}"`;
  router.get('/api/geography', (req, res) => {
    sendCachedJson(req, res, geographyJson, geographyEtag);
  });
  return router;
}
