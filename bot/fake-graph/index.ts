/**
 * A local stand-in for the Graph API's WhatsApp endpoints (send, read receipts, media), which
 * refuses whatever the Cloud API would refuse and records what it accepted, for tests and for
 * trying the bot without Meta.
 */
export { createFakeGraphApi, type FakeGraphApi } from './create-fake-graph-api';
export { graphFailure, type GraphError, type GraphFailure } from './graph-errors';
export type { StoredMedia } from './media-store';
export type {
  FakeGraphEvents,
  FakeGraphOptions,
  FakeReadReceipt,
  FakeSentMessage,
  FakeViolation,
  TemplateDefinition,
} from './types';
export { placeholderCount } from './validate-send';
