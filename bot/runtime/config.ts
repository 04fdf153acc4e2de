import type { BotConfig as ConversationConfig } from '../conversation';

/**
 * How the runtime works. Only the phone number id and the send rate are needed; the rest are
 * tuning with defaults that suit one server process on the Cloud API's standard limits.
 */
export interface BotRuntimeConfig {
  /** The WhatsApp Business phone number id messages are sent from. */
  phoneNumberId: string;
  /**
   * Messages per second sent from this process (the Cloud API allows 80 per phone number by
   * default). With several server processes, give each its share.
   */
  messagesPerSecond: number;
  /** Messages that may go out at once before the rate applies (default: one second's worth). */
  sendBurst?: number;
  /** Settings of the conversation engine (timeouts, template name, time zone). */
  conversation?: Partial<ConversationConfig>;
  /** How long a process holds a citizen while working on their messages. */
  leaseMs?: number;
  /** Citizens worked on at once, and taken per round. */
  processConcurrency?: number;
  processBatch?: number;
  /** Events taken per citizen per round. */
  inboundPerCitizen?: number;
  /** Sends in flight at once, and messages claimed per round. */
  sendConcurrency?: number;
  sendBatch?: number;
  /** Attempts before a message is given up as failed. */
  maxSendAttempts?: number;
  /** Backoff: the first retry waits about `retryBaseMs`, doubling up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** The first wait after the Cloud API says one recipient is getting messages too fast (131056). */
  pairRateLimitBaseMs?: number;
  /** How long the loops sleep when there is nothing to do (a new webhook wakes them at once). */
  pollIntervalMs?: number;
  /** How often request status changes are looked for. */
  statusPollIntervalMs?: number;
}

export type ResolvedRuntimeConfig = Required<Omit<BotRuntimeConfig, 'conversation'>> &
  Pick<BotRuntimeConfig, 'conversation'>;

export function resolveRuntimeConfig(config: BotRuntimeConfig): ResolvedRuntimeConfig {
  return {
    sendBurst: Math.max(1, Math.floor(config.messagesPerSecond)),
    leaseMs: 30_000,
    processConcurrency: 8,
    processBatch: 64,
    inboundPerCitizen: 20,
    sendConcurrency: 16,
    sendBatch: 64,
    maxSendAttempts: 8,
    retryBaseMs: 2_000,
    retryMaxMs: 10 * 60_000,
    pairRateLimitBaseMs: 6_000,
    pollIntervalMs: 500,
    statusPollIntervalMs: 5_000,
    ...withoutUndefined(config),
    phoneNumberId: config.phoneNumberId,
    messagesPerSecond: config.messagesPerSecond,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
