/**
 * The WhatsApp Cloud API edge: typed message bodies and their builders, the limit checker every
 * outbound message must pass, text fitting for short fields, webhook normalisation and sending.
 */
export type * from './outbound-types';
export type { ButtonSpec, Decorations } from './outbound-builders';
export {
  buttonsMessage,
  documentMessage,
  listMessage,
  templateMessage,
  textMessage,
  windowDependentMessage,
} from './outbound-builders';
export { checkOutbound } from './check-outbound';
export { LIMITS, textLength } from './limits';
export { ELLIPSIS, fitDescription, fitText, fitTitle, type FitOptions } from './fit-text';
export type { CitizenId, InboundMedia, InboundMessage, MessageEvent } from './inbound-types';
export { normalizeWebhook, type NormalizedWebhook } from './inbound-webhook';
export { isWindowOpen, resolveForWindow, toSendBody, type SendBody } from './send-body';
