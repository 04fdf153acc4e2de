import { pick } from '../../shared/i18n/pick';
import { templateMessage, textMessage, windowDependentMessage } from '../whatsapp/outbound-builders';
import { contactOf } from './contact';
import type { Effect, Outcomes } from './effects';
import type { StatusChangedEvent } from './events';
import { MESSAGES } from './i18n/messages';
import { certificateDocument } from './screens/certificate-document';
import type { Turn } from './turn';

/** Template parameters may not hold line breaks, tabs or runs of spaces. */
function parameter(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * A status change, worded twice: as free text for when the citizen wrote within the last 24
 * hours, and as the approved template for when they did not. The sender picks (it knows the
 * window from `Session.lastInboundAt`). The conversation's state is left as it is.
 *
 * A change to `issued` that carries a certificate also asks for the certificate's PDF
 * (`deliver_certificate`), sent right after the notification — in the same turn, so in order
 * and once: the inbox takes each change once, and a request is issued only once.
 */
export function notifyStatusChange(turn: Turn, event: StatusChangedEvent): void {
  // A citizen the bot never spoke to (filed by a field agent) has no language yet: the request's, else Telugu.
  const language = turn.session.language ?? event.language ?? 'te';
  const m = MESSAGES[language];
  const service = pick(event.serviceName, language);
  const status = m.status[event.status];
  const note = event.note?.trim();
  const certificate = event.status === 'issued' ? event.certificate : undefined;
  const text = m.notification({
    service,
    reference: event.reference,
    status,
    ...(note ? { note } : {}),
    next: certificate ? m.certificates.follows(certificate.number) : m.statusNext[event.status],
  });
  const template = templateMessage(turn.config.statusTemplateName, language, [
    parameter(event.reference),
    parameter(service),
    parameter(status),
  ]);
  turn.send(windowDependentMessage(textMessage(text), template));
  // Nothing is sent after STOP (step drops the messages); the PDF is not even fetched.
  if (!certificate || turn.session.state.name === 'opted_out') return;
  turn.effect({
    kind: 'deliver_certificate',
    effectId: turn.newId(),
    certificateId: certificate.id,
    number: certificate.number,
    contact: contactOf(event.citizenId),
    language,
  });
}

/**
 * The PDF of a certificate just issued: the document inside the 24-hour window, outside it the
 * approved certificate template with the PDF as its header — a plain document would be refused
 * there. Sent whatever the citizen is doing now.
 */
export function onDeliverOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'deliver_certificate' }>,
  outcome: Outcomes['deliver_certificate'],
): void {
  const language = turn.session.language ?? effect.language;
  const m = MESSAGES[language];
  switch (outcome.status) {
    case 'ok': {
      const { certificate, document, filename } = outcome;
      const withinWindow = certificateDocument(certificate, document, filename, language);
      const outsideWindow = templateMessage(
        turn.config.certificateTemplateName,
        language,
        [parameter(pick(certificate.title, language)), parameter(certificate.number)],
        { document: { ...document, filename } },
      );
      turn.send(windowDependentMessage(withinWindow, outsideWindow));
      return;
    }
    case 'failed':
      // A reply, not a notification: it reaches a citizen who wrote in the last day, which is
      // when an upload failing is worth a word; "My certificates" sends it later either way.
      turn.say(m.certificates.notAttached(effect.number));
      return;
    // Revoked before it could be sent, or gone: the notification said it was issued, and
    // "My certificates" shows what became of it. Nothing is sent as if it were valid.
    case 'revoked':
    case 'not_found':
      return;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
