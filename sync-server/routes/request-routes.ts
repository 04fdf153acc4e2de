import { Router } from 'express';
import { z } from 'zod';
import {
  CreateRequestBodySchema,
  ListRequestsQuerySchema,
  TransitionBodySchema,
  type ListRequestsResponse,
} from '../../shared/api/requests-api';
import { RecordIdSchema } from '../../shared/model/service-request';
import { assertCanSee, scopeOf } from '../auth/principal';
import { fileRequests, type FilingDeps } from '../domain/file-requests';
import { trackRequest } from '../domain/track-request';
import { transitionRequest, type TransitionDeps } from '../domain/transition-request';
import { AppError } from '../http/app-error';
import { authenticate, principalOf } from '../http/authenticate';
import { parseInput } from '../http/parse';

const IdParamsSchema = z.object({ id: RecordIdSchema });
const ReferenceParamsSchema = z.object({ reference: z.string().min(1).max(40) });

/** The request queue over HTTP: thin handlers over the domain functions. */
export function requestRoutes(deps: FilingDeps & Pick<TransitionDeps, 'onApproved'>): Router {
  const router = Router();
  const staff = authenticate(deps.store, ['agent', 'officer', 'admin']);

  router.post('/api/requests', authenticate(deps.store, ['agent', 'officer']), async (req, res) => {
    const body = parseInput(CreateRequestBodySchema, req.body, 'body');
    const [outcome] = await fileRequests(deps, principalOf(req, res), [body]);
    if (!outcome) throw new AppError('internal', 'filing returned no outcome');
    if (!outcome.ok) throw outcome.error;
    res.status(outcome.created ? 201 : 200).json(outcome.request);
  });

  router.get('/api/requests', staff, async (req, res) => {
    const query = parseInput(ListRequestsQuerySchema, req.query, 'query');
    const principal = principalOf(req, res);
    const page = await deps.store.listRequests({
      scope: scopeOf(principal),
      limit: query.limit + 1,
      ...(query.status ? { status: query.status } : {}),
      ...(query.service ? { serviceId: query.service } : {}),
      ...(query.cursor ? { beforeId: query.cursor } : {}),
    });
    const items = page.slice(0, query.limit);
    const body: ListRequestsResponse = {
      items,
      nextCursor: page.length > query.limit ? (items.at(-1)?.id ?? null) : null,
    };
    res.json(body);
  });

  router.get('/api/requests/:id', staff, async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'params');
    const request = await deps.store.getRequest(id);
    if (!request) throw new AppError('not_found', `there is no application ${id}`);
    assertCanSee(principalOf(req, res), request);
    res.json(request);
  });

  router.post('/api/requests/:id/transition', staff, async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'params');
    const body = parseInput(TransitionBodySchema, req.body, 'body');
    res.json(await transitionRequest(deps, principalOf(req, res), id, body));
  });

  router.get('/api/track/:reference', async (req, res) => {
    const { reference } = parseInput(ReferenceParamsSchema, req.params, 'params');
    res.json(await trackRequest(deps, reference));
  });
  return router;
}
