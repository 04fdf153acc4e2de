import { pick } from '../../shared/i18n/pick';
import { templateMessage, textMessage, windowDependentMessage } from '../whatsapp/outbound-builders';
import type { StatusChangedEvent } from './events';
import { MESSAGES } from './i18n/messages';
import type { Turn } from './turn';

/** Template parameters may not hold line breaks, tabs or runs of spaces. */
function parameter(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * A status change, worded twice: as free text for when the citizen wrote within the last 24
 * hours, and as the approved template for when they did not. The sender picks (it knows the
 * window from `Session.lastInboundAt`). The conversation's state is left as it is.
 */
export function notifyStatusChange(turn: Turn, event: StatusChangedEvent): void {
  // A citizen the bot never spoke to (filed by a field agent) has no language yet: the request's, else Telugu.
  const language = turn.session.language ?? event.language ?? 'te';
  const m = MESSAGES[language];
  const service = pick(event.serviceName, language);
  const status = m.status[event.status];
  const note = event.note?.trim();
  const text = m.notification({
    service,
    reference: event.reference,
    status,
    ...(note ? { note } : {}),
    next: m.statusNext[event.status],
  });
  const template = templateMessage(turn.config.statusTemplateName, language, [
    parameter(event.reference),
    parameter(service),
    parameter(status),
  ]);
  turn.send(windowDependentMessage(textMessage(text), template));
}
