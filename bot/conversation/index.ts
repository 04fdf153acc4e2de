/**
 * The WhatsApp conversation engine: `step(session, event, context)` → next session, messages to
 * send, effects to run. Pure; the runtime persists, sends and executes (see `bot/README.md`).
 */
export { step } from './step';
export type { StepResult } from './turn';
export type {
  BotEvent,
  CitizenId,
  EffectResultEvent,
  HandoffEndedEvent,
  InboundMedia,
  InboundMessage,
  MessageEvent,
  PersonMessageEvent,
  StatusChangedEvent,
} from './events';
export type {
  AnsweredEffect,
  CertificateSummary,
  Effect,
  EffectKind,
  EffectResult,
  Outcomes,
  RequestSummary,
} from './effects';
export { effectResult } from './effects';
export type {
  Application,
  ApplyingPhase,
  Consent,
  GrievancePhase,
  Place,
  Session,
  SessionState,
  StateName,
} from './session';
export { newSession, restoreSession, SESSION_VERSION, SessionSchema } from './session';
export type { BotCatalog, BotConfig, BotContext } from './context';
export { DEFAULT_BOT_CONFIG, prepareCatalog } from './context';
export { NOTICE_VERSION } from './screens/consent';
export { GRIEVANCE_CATEGORIES, type GrievanceCategory } from './grievance-category';
export { MESSAGES } from './i18n/messages';
