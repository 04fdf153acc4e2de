import type { Language, LocalizedText } from '../../shared/i18n/languages';
import type { RequestStatus } from '../../shared/lifecycle';
import type { CitizenId, MessageEvent } from '../whatsapp/inbound-types';
import type { EffectResult } from './effects';

/**
 * Everything `step` reacts to. Citizen messages arrive normalised from the Cloud API webhook
 * (`bot/whatsapp/inbound-webhook.ts`); the rest come from the runtime: results of the effects the
 * engine asked for, status changes of requests, and the staff side of a hand-off.
 */

export type { CitizenId, InboundMedia, InboundMessage, MessageEvent } from '../whatsapp/inbound-types';

export interface EffectResultEvent {
  kind: 'effect_result';
  citizenId: CitizenId;
  result: EffectResult;
}

/** A request the citizen filed changed status; the engine words the notification. */
export interface StatusChangedEvent {
  kind: 'status_changed';
  citizenId: CitizenId;
  reference: string;
  serviceName: LocalizedText;
  status: RequestStatus;
  /** When it changed (ISO 8601). */
  at: string;
  /** The officer's note to the citizen, when there is one (for example what is missing). */
  note?: string;
  /** The language the request was filed in, for a citizen the bot has not spoken to yet. */
  language?: Language;
  /** On `issued`: the certificate issued with the change, sent right after the notification. */
  certificate?: { id: string; number: string };
}

/** A staff member's reply during a hand-off, for the engine to deliver (and to hold back after STOP). */
export interface PersonMessageEvent {
  kind: 'person_message';
  citizenId: CitizenId;
  text: string;
}

/** The staff member closed the hand-off. */
export interface HandoffEndedEvent {
  kind: 'handoff_ended';
  citizenId: CitizenId;
}

export type BotEvent = MessageEvent | EffectResultEvent | StatusChangedEvent | PersonMessageEvent | HandoffEndedEvent;
