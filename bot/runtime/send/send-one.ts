import { restoreSession } from '../../conversation';
import type { OutboundMessage, WireMessage } from '../../whatsapp/outbound-types';
import { isWindowOpen, resolveForWindow, toSendBody } from '../../whatsapp/send-body';
import type { GraphClient } from '../graph/graph-client';
import { errorFacts, type BotLogger } from '../logger';
import type { BotStorePort, OutboundRecord } from '../ports';
import type { RateLimiter } from '../token-bucket';
import { backoffMs, classifySend, type SendDecision } from './classify';

/** Everything one send needs. */
export interface SendContext {
  store: BotStorePort;
  graph: GraphClient;
  limiter: RateLimiter;
  logger: BotLogger;
  now: () => Date;
  random: () => number;
  phoneNumberId: string;
  maxSendAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  pairRateLimitBaseMs: number;
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set(['text', 'interactive', 'document', 'template', 'window_dependent']);

/** The stored message, which the bot wrote itself; anything else is refused rather than sent. */
function readMessage(stored: unknown): OutboundMessage | undefined {
  const type = typeof stored === 'object' && stored !== null ? (stored as { type?: unknown }).type : undefined;
  return typeof type === 'string' && MESSAGE_TYPES.has(type) ? (stored as OutboundMessage) : undefined;
}

/**
 * Sends one claimed message (state `sending`), then records what became of it. Never throws:
 * a message left in `sending` would hold up every later message to that citizen.
 */
export async function sendOne(context: SendContext, record: OutboundRecord): Promise<void> {
  const { logger } = context;
  const facts = { outboundId: record.id, citizenId: record.citizenId, attempt: record.attempts };
  let decision: SendDecision;
  try {
    decision = await attempt(context, record);
  } catch (error) {
    // Nothing was sent (the failure came before or instead of the HTTP call): try again shortly.
    logger.error({ ...facts, ...errorFacts(error) }, 'whatsapp send failed before sending');
    decision = { do: 'retry', reason: errorFacts(error).error, pair: false };
  }
  try {
    await settle(context, record, decision);
  } catch (error) {
    logger.error({ ...facts, ...errorFacts(error), decision: decision.do }, 'whatsapp send outcome not recorded');
  }
}

async function attempt(context: SendContext, record: OutboundRecord): Promise<SendDecision> {
  const { store, graph, limiter, phoneNumberId } = context;
  const message = readMessage(record.message);
  if (!message) return { do: 'failed', reason: 'not a message the bot can send' };
  // The engine sends nothing after STOP; this also drops what was queued before it.
  const stored = await store.loadSession(record.citizenId);
  const session = stored ? restoreSession(stored.session) : undefined;
  if (session?.state.name === 'opted_out') return { do: 'failed', reason: 'opted out' };

  const windowOpen = isWindowOpen(session?.lastInboundAt, context.now());
  const post = async (wire: WireMessage) => {
    await limiter.take(phoneNumberId);
    return classifySend(await graph.sendMessage(phoneNumberId, toSendBody(record.citizenId, wire)));
  };
  const first = await post(resolveForWindow(message, windowOpen));
  if (first.do !== 'use_template') return first;
  // Our clock said the window was open, WhatsApp's says closed: a notification has its template.
  if (message.type !== 'window_dependent' || !windowOpen) return { do: 'failed', reason: first.reason };
  const second = await post(message.outsideWindow);
  return second.do === 'use_template' ? { do: 'failed', reason: second.reason } : second;
}

async function settle(context: SendContext, record: OutboundRecord, decision: SendDecision): Promise<void> {
  const { store, logger, now } = context;
  const facts = { outboundId: record.id, citizenId: record.citizenId, attempt: record.attempts };
  switch (decision.do) {
    case 'sent':
      if (decision.waMessageId === '') logger.warn(facts, 'whatsapp accepted a message without giving its id');
      return store.settleOutbound(record.id, {
        state: 'sent',
        waMessageId: decision.waMessageId,
        at: now().toISOString(),
      });
    case 'retry': {
      if (record.attempts >= context.maxSendAttempts) {
        logger.error({ ...facts, reason: decision.reason }, 'whatsapp message given up');
        return store.settleOutbound(record.id, { state: 'failed', error: `gave up: ${decision.reason}` });
      }
      const base = decision.pair ? context.pairRateLimitBaseMs : context.retryBaseMs;
      const wait = backoffMs(record.attempts, base, context.retryMaxMs, context.random);
      logger.warn({ ...facts, reason: decision.reason, retryInMs: wait }, 'whatsapp send will be retried');
      return store.settleOutbound(record.id, {
        state: 'queued',
        notBefore: new Date(now().getTime() + wait).toISOString(),
        error: decision.reason,
      });
    }
    case 'use_template':
    case 'failed':
      logger.warn({ ...facts, reason: decision.reason }, 'whatsapp message failed');
      return store.settleOutbound(record.id, { state: 'failed', error: decision.reason });
    case 'undeliverable':
      logger.warn({ ...facts, reason: decision.reason }, 'whatsapp message undeliverable');
      return store.settleOutbound(record.id, { state: 'undeliverable', error: decision.reason });
    default: {
      const unhandled: never = decision;
      throw new TypeError(`unhandled decision ${JSON.stringify(unhandled)}`);
    }
  }
}
