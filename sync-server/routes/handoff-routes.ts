import { Router } from 'express';
import { z } from 'zod';
import { newUuidV7 } from '../../shared/ids';
import { AppError } from '../http/app-error';
import { authenticate, principalOf } from '../http/authenticate';
import { parseInput } from '../http/parse';
import type { HandoffRecord } from '../store/handoff-store';
import type { Store } from '../store/store';

export interface HandoffRouteDeps {
  store: Store;
  now: () => Date;
}

const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });
const ListQuerySchema = z.object({
  state: z.enum(['open', 'closed']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ReplyBodySchema = z.object({ text: z.string().trim().min(1).max(4000) });

/** A hand-off as the desk lists it: how long the citizen has waited, in whole seconds. */
function summary(handoff: HandoffRecord, now: Date) {
  const until = handoff.closedAt ? Date.parse(handoff.closedAt) : now.getTime();
  return { ...handoff, waitingSeconds: Math.max(0, Math.floor((until - Date.parse(handoff.openedAt)) / 1000)) };
}

/**
 * The staff desk for "talk to a person". Any officer or admin sees the whole queue: a citizen
 * belongs to no jurisdiction until they apply. Replies and the close reach the citizen as the
 * bot's own inbound events (`person_message`, `handoff_ended`), with ids derived from ours, so
 * the bot thread delivers them in order with the citizen's messages and a retry adds nothing.
 */
export function handoffRoutes(deps: HandoffRouteDeps): Router {
  const router = Router();
  const staff = authenticate(deps.store, ['officer', 'admin']);
  const { handoffs } = deps.store;

  const find = async (id: string) => {
    const handoff = await handoffs.get(id);
    if (!handoff) throw new AppError('not_found', `there is no hand-off ${id}`);
    return handoff;
  };

  router.get('/api/handoffs', staff, async (req, res) => {
    const query = parseInput(ListQuerySchema, req.query, 'query');
    const now = deps.now();
    res.json({ items: (await handoffs.list(query.state, query.limit)).map((handoff) => summary(handoff, now)) });
  });

  router.get('/api/handoffs/:id', staff, async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'params');
    const handoff = await find(id);
    res.json({ ...summary(handoff, deps.now()), messages: await handoffs.messages(id) });
  });

  router.post('/api/handoffs/:id/messages', staff, async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'params');
    const { text } = parseInput(ReplyBodySchema, req.body, 'body');
    const handoff = await find(id);
    if (handoff.closedAt)
      throw new AppError('conflict', 'this conversation is closed; the citizen is back with the bot');
    const at = deps.now().toISOString();
    const message = {
      id: newUuidV7(),
      handoffId: id,
      from: 'staff' as const,
      tokenId: principalOf(req, res).tokenId,
      text,
      at,
    };
    await handoffs.addMessage(message);
    await deps.store.bot.addInbound([
      {
        messageId: `person:${message.id}`,
        citizenId: handoff.citizenId,
        receivedAt: at,
        event: { kind: 'person_message', citizenId: handoff.citizenId, text },
      },
    ]);
    res.status(201).json(message);
  });

  router.post('/api/handoffs/:id/close', staff, async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'params');
    const handoff = await find(id);
    const at = deps.now().toISOString();
    await handoffs.close(id, at);
    // Added even when already closed (by an earlier try): the id makes it once.
    await deps.store.bot.addInbound([
      {
        messageId: `handoff-end:${id}`,
        citizenId: handoff.citizenId,
        receivedAt: at,
        event: { kind: 'handoff_ended', citizenId: handoff.citizenId },
      },
    ]);
    res.json(summary(await find(id), deps.now()));
  });
  return router;
}
