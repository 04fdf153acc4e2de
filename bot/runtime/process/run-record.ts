import { MESSAGES, newSession, restoreSession, type BotEvent, type Session } from '../../conversation';
import { textMessage } from '../../whatsapp/outbound-builders';
import { idsForEvent } from '../deterministic-id';
import { errorFacts } from '../logger';
import type { InboundRecord } from '../ports';
import { eventTime, readEvent } from './inbound-event';
import { playTurn, type PlayedTurn } from './play-turn';
import type { ProcessContext } from './process-context';
import { sendReadReceipt } from './read-receipt';
import type { World } from './world';

/** A turn whose session moved under it is played again from the fresh session, this many times at most. */
const MAX_REDO = 3;

/**
 * Processes one inbound event and commits it: session, replies and "processed" in one atomic
 * write. If the write is refused because the session moved, the event is played again from the
 * new session (its effects are idempotent and its ids deterministic, so nothing is filed twice).
 * Returns false when the event is still pending (a store failure, or it kept moving): the
 * citizen's later events must then wait, to keep their order.
 */
export async function runRecord(context: ProcessContext, world: World, record: InboundRecord): Promise<boolean> {
  const { store, logger } = context;
  const { citizenId } = record;
  const facts = { citizenId, messageId: record.messageId, seq: record.seq };
  const event = readEvent(record);
  if (!event) logger.error(facts, 'inbound row is not an event; marked processed');
  for (let attempt = 0; attempt < MAX_REDO; attempt += 1) {
    const stored = await store.loadSession(citizenId);
    const session = stored ? restoreSession(stored.session) : undefined;
    const turn = event ? await play(context, world, record, event, session, attempt === 0) : undefined;
    const committed = await store.commitTurn({
      citizenId,
      inboundSeq: record.seq,
      session: turn ? turn.session : (stored?.session ?? newSession(citizenId)),
      expectedVersion: stored?.version ?? null,
      outbound: (turn?.outbound ?? []).map((message) => ({ citizenId, message })),
      at: context.now().toISOString(),
    });
    if (committed) {
      if (turn && turn.outbound.length > 0) context.onQueued();
      return true;
    }
    const pending = await store.pendingInbound(citizenId, context.inboundPerCitizen);
    if (!pending.some((candidate) => candidate.seq === record.seq)) return true;
    logger.warn({ ...facts, attempt }, 'session moved while the event was processed; playing it again');
  }
  logger.error(facts, 'event left pending: its session kept moving');
  return false;
}

async function play(
  context: ProcessContext,
  world: World,
  record: InboundRecord,
  event: BotEvent,
  session: Session | undefined,
  firstAttempt: boolean,
): Promise<PlayedTurn> {
  const newId = idsForEvent(record.messageId, eventTime(record, event));
  const stepContext = () => ({
    catalog: world.catalog,
    geography: world.geography,
    now: context.now(),
    newId,
    config: context.conversation,
  });
  try {
    return await playTurn(session, event, stepContext, context.execute, (first) => {
      if (firstAttempt) sendReadReceipt(context, event, first);
    });
  } catch (error) {
    // The engine failed on this event (a bug). Retrying would fail the same way and hold up
    // every later message of the citizen, so the event is answered with an apology and dropped.
    context.logger.error(
      { citizenId: record.citizenId, messageId: record.messageId, ...errorFacts(error) },
      'turn failed',
    );
    const kept = session ?? newSession(record.citizenId);
    if (kept.state.name === 'opted_out') return { session: kept, outbound: [] };
    return { session: kept, outbound: [textMessage(MESSAGES[kept.language ?? 'en'].failed)] };
  }
}
