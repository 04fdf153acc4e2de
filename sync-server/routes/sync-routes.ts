import express, { Router } from 'express';
import { EnrollRequestSchema, PullQuerySchema, PushRequestSchema } from '../../shared/sync/protocol';
import { redeemEnrollment } from '../domain/enrollment';
import type { SyncDeps } from '../domain/sync/batch-context';
import { applyPush } from '../domain/sync/apply-push';
import { pullChanges } from '../domain/sync/pull-changes';
import { authenticate, principalOf } from '../http/authenticate';
import { parseInput } from '../http/parse';

/** A full push of 200 applications with their answers fits well inside this. */
const PUSH_BODY_LIMIT = '4mb';

/** Device enrollment and the sync protocol (docs/SPEC-sync.md). */
export function syncRoutes(deps: SyncDeps): Router {
  const router = Router();
  const agent = authenticate(deps.store, ['agent']);

  router.post('/api/enroll', async (req, res) => {
    const body = parseInput(EnrollRequestSchema, req.body, 'body');
    res.status(201).json(await redeemEnrollment(deps.store, body, deps.now()));
  });

  // Gzip bodies (SYNC-PUSH-1) are inflated by the JSON parser; the limit applies after inflating.
  router.post('/api/sync/push', express.json({ limit: PUSH_BODY_LIMIT }), agent, async (req, res) => {
    const push = parseInput(PushRequestSchema, req.body, 'body');
    res.json(await applyPush(deps, principalOf(req, res), push));
  });

  router.get('/api/sync/pull', agent, async (req, res) => {
    const query = parseInput(PullQuerySchema, req.query, 'query');
    res.json(await pullChanges(deps, principalOf(req, res), query));
  });
  return router;
}
