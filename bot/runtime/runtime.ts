import { randomUUID } from 'node:crypto';
import type { HandoffEndedEvent, PersonMessageEvent } from '../conversation';
import { resolveRuntimeConfig, type BotRuntimeConfig } from './config';
import type { GraphClient } from './graph/graph-client';
import type { BotLogger } from './logger';
import { BackgroundLoop } from './loop';
import { followStatusChanges } from './notifications';
import type { BotStorePort, HandoffPort, RequestQueuePort } from './ports';
import { createEffectExecutor } from './process/effects';
import type { ProcessContext } from './process/process-context';
import { processPending } from './process/processor';
import { createWorldLoader } from './process/world';
import { sendPending } from './send/sender';
import { RateLimiter } from './token-bucket';

export interface BotRuntimeDeps {
  store: BotStorePort;
  queue: RequestQueuePort;
  graph: GraphClient;
  config: BotRuntimeConfig;
  logger: BotLogger;
  now: () => Date;
  /** The staff desk for "talk to a person"; without it the citizen is told no one is available. */
  handoff?: HandoffPort;
  /** The jitter source for retry backoff (tests fix it). */
  random?: () => number;
  /**
   * Awaited before each turn: a host that runs the runtime beside a busy webhook can hold
   * processing back while acknowledging is what matters (see app/bot-thread).
   */
  pace?: () => Promise<void>;
}

export interface BotRuntime {
  /** Processes pending inbound events; returns how many. */
  processPending(): Promise<number>;
  /** Sends queued messages that are due; returns how many were tried. */
  sendPending(): Promise<number>;
  /** Turns new request status changes into notifications; returns how many changes were read. */
  followStatusChanges(): Promise<number>;
  /** New inbound events are stored (the webhook calls this): process them now. */
  nudge(): void;
  /** A staff member's reply during a hand-off, delivered in order with the citizen's messages. */
  deliverPersonMessage(message: { citizenId: string; messageId: string; text: string }): Promise<void>;
  /** The staff member closed the hand-off. */
  endHandoff(end: { citizenId: string; messageId: string }): Promise<void>;
  /** Runs the three loops in the background. */
  start(): void;
  /** Stops the loops, waiting for the work in flight (turns, sends, read receipts). */
  stop(): Promise<void>;
}

export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const config = resolveRuntimeConfig(deps.config);
  const { store, queue, graph, logger, now } = deps;
  const random = deps.random ?? Math.random;
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  // Created below; the contexts only call these once the loops exist.
  const loops: { process?: BackgroundLoop; send?: BackgroundLoop; status?: BackgroundLoop } = {};

  const processContext: ProcessContext = {
    store,
    graph,
    execute: createEffectExecutor({
      queue,
      store,
      graph,
      handoff: deps.handoff,
      logger,
      now,
      phoneNumberId: config.phoneNumberId,
    }),
    logger,
    now,
    loadWorld: createWorldLoader(queue),
    phoneNumberId: config.phoneNumberId,
    conversation: config.conversation,
    owner: `bot-${randomUUID()}`,
    leaseMs: config.leaseMs,
    processBatch: config.processBatch,
    processConcurrency: config.processConcurrency,
    inboundPerCitizen: config.inboundPerCitizen,
    track,
    onQueued: () => loops.send?.wake(),
    stopping: () => stopping,
    ...(deps.pace ? { pace: deps.pace } : {}),
  };
  const sendContext = {
    store,
    graph,
    limiter: new RateLimiter(config.messagesPerSecond, config.sendBurst),
    logger,
    now,
    random,
    phoneNumberId: config.phoneNumberId,
    maxSendAttempts: config.maxSendAttempts,
    retryBaseMs: config.retryBaseMs,
    retryMaxMs: config.retryMaxMs,
    pairRateLimitBaseMs: config.pairRateLimitBaseMs,
    sendBatch: config.sendBatch,
    sendConcurrency: config.sendConcurrency,
    stopping: () => stopping,
  };
  const nudge = () => loops.process?.wake();
  const statusDeps = { store, queue, logger, now, onInbound: nudge };

  const addEvent = async (messageId: string, event: PersonMessageEvent | HandoffEndedEvent) => {
    const added = await store.addInbound([
      { messageId, citizenId: event.citizenId, receivedAt: now().toISOString(), event },
    ]);
    if (added > 0) nudge();
  };

  const runtime: BotRuntime = {
    processPending: () => processPending(processContext),
    sendPending: () => sendPending(sendContext),
    followStatusChanges: () => followStatusChanges(statusDeps),
    nudge,
    deliverPersonMessage: ({ citizenId, messageId, text }) =>
      addEvent(`person:${messageId}`, { kind: 'person_message', citizenId, text }),
    endHandoff: ({ citizenId, messageId }) =>
      addEvent(`handoff-end:${messageId}`, { kind: 'handoff_ended', citizenId }),
    start() {
      stopping = false;
      loops.process ??= new BackgroundLoop('inbound', runtime.processPending, config.pollIntervalMs, logger);
      loops.send ??= new BackgroundLoop('outbound', runtime.sendPending, config.pollIntervalMs, logger);
      loops.status ??= new BackgroundLoop('status', runtime.followStatusChanges, config.statusPollIntervalMs, logger);
      for (const loop of Object.values(loops)) loop.start();
    },
    async stop() {
      stopping = true;
      await Promise.all(Object.values(loops).map((loop) => loop.stop()));
      await Promise.allSettled([...inFlight]);
    },
  };
  return runtime;
}
