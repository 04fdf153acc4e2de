/**
 * The bot's runtime: drives the conversation engine from the durable inbox, runs its effects
 * through the host's ports, and sends the outbox through the Cloud API within its limits.
 */
export { createBotRuntime, type BotRuntime, type BotRuntimeDeps } from './runtime';
export type { BotRuntimeConfig } from './config';
export type { BotLogger } from './logger';
export { createGraphClient, type GraphClient, type GraphClientOptions, type MediaInfo } from './graph/graph-client';
export type { GraphApiError, GraphOutcome } from './graph/graph-outcome';
export { STATUS_CURSOR, statusEventId } from './notifications';
export type * from './ports';
