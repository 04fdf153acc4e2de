import type { Router } from 'express';
import { z } from 'zod';
import { createBotRuntime, createGraphClient, type BotLogger, type BotRuntime } from './runtime';
import type { BotStorePort, HandoffPort, RequestQueuePort } from './runtime/ports';
import { createWebhookRouter } from './webhook';

/**
 * The WhatsApp bot as the server process mounts it: a webhook router and a runtime that
 * processes the inbox, runs effects through the host's ports and sends the outbox.
 */

/**
 * What the host passes to `createBot`, after reading it from the environment
 * (`WHATSAPP_APP_SECRET`, `WHATSAPP_VERIFY_TOKEN`, `WHATSAPP_TOKEN`, `WHATSAPP_PHONE_NUMBER_ID`,
 * `WHATSAPP_GRAPH_URL`). Checked once at start; a bad setting is named in the error.
 */
export const BotConfigSchema = z.object({
  /** The Meta app's secret: webhook signatures are HMACs with it. */
  appSecret: z.string().min(1),
  /** The token Meta echoes when the webhook is subscribed. */
  verifyToken: z.string().min(1),
  /** The system user's access token for the Graph API. */
  accessToken: z.string().min(1),
  /** The WhatsApp Business phone number id messages are sent from. */
  phoneNumberId: z.string().regex(/^\d+$/, 'must be the numeric phone number id'),
  /** The Graph API base URL including its version, such as `https://graph.facebook.com/v21.0`. */
  graphUrl: z.string().url(),
  /** Messages per second from this process (80 is the Cloud API's default per number). */
  messagesPerSecond: z.number().positive().max(1000).default(80),
  /** Conversation settings; the engine's defaults apply to those left out. */
  sessionTimeoutMinutes: z.number().int().positive().optional(),
  draftRetentionHours: z.number().int().positive().optional(),
  statusTemplateName: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
  /** The approved template with a DOCUMENT header that carries a certificate outside the 24-hour window. */
  certificateTemplateName: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
  timeZone: z.string().min(1).optional(),
  /** Time limit of one Graph API call. */
  graphTimeoutMs: z.number().int().positive().default(20_000),
});
export type BotConfig = z.output<typeof BotConfigSchema>;
export type BotConfigInput = z.input<typeof BotConfigSchema>;

/** The config, checked. @throws Error naming each bad setting. */
export function parseBotConfig(input: BotConfigInput): BotConfig {
  const parsed = BotConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
  throw new Error(`invalid WhatsApp bot config — ${problems.join('; ')}`);
}

export interface BotDeps {
  store: BotStorePort;
  queue: RequestQueuePort;
  config: BotConfigInput;
  logger: BotLogger;
  now?: () => Date;
  handoff?: HandoffPort;
}

export interface Bot {
  /** Mount at the app's root: it answers `/webhooks/whatsapp` (with its own raw-body parser). */
  router: Router;
  runtime: BotRuntime;
  start(): void;
  /** Waits for the work in flight; call on shutdown after the HTTP server stops accepting. */
  stop(): Promise<void>;
}

/**
 * The runtime alone — inbox processing, effects, the sender, notifications — for a host that
 * runs it away from the thread answering webhooks. @throws Error naming each bad setting.
 */
export function createBotWorker(deps: BotDeps & { pace?: () => Promise<void> }): BotRuntime {
  const config = parseBotConfig(deps.config);
  const now = deps.now ?? (() => new Date());
  const graph = createGraphClient({
    graphUrl: config.graphUrl,
    accessToken: config.accessToken,
    timeoutMs: config.graphTimeoutMs,
  });
  const conversation = {
    ...(config.sessionTimeoutMinutes === undefined ? {} : { sessionTimeoutMinutes: config.sessionTimeoutMinutes }),
    ...(config.draftRetentionHours === undefined ? {} : { draftRetentionHours: config.draftRetentionHours }),
    ...(config.statusTemplateName === undefined ? {} : { statusTemplateName: config.statusTemplateName }),
    ...(config.certificateTemplateName === undefined
      ? {}
      : { certificateTemplateName: config.certificateTemplateName }),
    ...(config.timeZone === undefined ? {} : { timeZone: config.timeZone }),
  };
  return createBotRuntime({
    store: deps.store,
    queue: deps.queue,
    graph,
    config: { phoneNumberId: config.phoneNumberId, messagesPerSecond: config.messagesPerSecond, conversation },
    logger: deps.logger,
    now,
    ...(deps.handoff ? { handoff: deps.handoff } : {}),
    ...(deps.pace ? { pace: deps.pace } : {}),
  });
}

/**
 * The webhook alone: signature, parse, durable inbox, 200. `onInbound` is told when new events
 * were stored (wherever the runtime runs). @throws Error naming each bad setting.
 */
export function createBotWebhook(deps: {
  store: Pick<BotStorePort, 'addInbound' | 'recordStatuses'>;
  config: BotConfigInput;
  logger: BotLogger;
  now?: () => Date;
  onInbound?: () => void;
}): Router {
  const config = parseBotConfig(deps.config);
  return createWebhookRouter({
    store: deps.store,
    appSecret: config.appSecret,
    verifyToken: config.verifyToken,
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
    ...(deps.onInbound ? { onInbound: deps.onInbound } : {}),
  });
}

/** Webhook and runtime in one thread. @throws Error naming each bad setting in `deps.config`. */
export function createBot(deps: BotDeps): Bot {
  const runtime = createBotWorker(deps);
  const router = createBotWebhook({ ...deps, onInbound: runtime.nudge });
  return { router, runtime, start: () => runtime.start(), stop: () => runtime.stop() };
}

export { createWebhookRouter, WEBHOOK_PATH, type WebhookDeps } from './webhook';
export {
  createBotRuntime,
  createGraphClient,
  type BotLogger,
  type BotRuntime,
  type BotRuntimeConfig,
  type BotRuntimeDeps,
  type GraphClient,
} from './runtime';
export type * from './runtime/ports';
