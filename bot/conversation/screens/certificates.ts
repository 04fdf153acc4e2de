import { pick } from '../../../shared/i18n/pick';
import { fitText } from '../../whatsapp/fit-text';
import { LIMITS } from '../../whatsapp/limits';
import { documentMessage } from '../../whatsapp/outbound-builders';
import { contactOf } from '../contact';
import type { CertificateSummary, Effect, Outcomes } from '../effects';
import { formatDay } from '../format';
import { pagedList, type ListItem } from '../paged-list';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { settle } from './main-menu';

/** "My certificates": the list (`list_my_certificates`), and each one re-sent as a PDF (`fetch_certificate`). */

const MAX_KEPT = 50;

export function startCertificates(turn: Turn): void {
  const effectId = turn.newId();
  turn.effect({ kind: 'list_my_certificates', effectId, contact: contactOf(turn.session.citizenId) });
  turn.say(turn.m.certificates.loading);
  turn.go({ name: 'certificates', phase: { name: 'loading', effectId } });
}

export function showCertificates(turn: Turn, certificates: CertificateSummary[], page: number): void {
  const m = turn.m;
  const items = certificates.map((certificate): ListItem => ({
    action: { do: 'certificate', certificateId: certificate.certificateId },
    name: pick(certificate.title, turn.language),
    detail: `${m.certificates.issued(formatDay(certificate.issuedAt, turn.config.timeZone))} · ${certificate.reference}`,
  }));
  const list = pagedList(turn, { body: m.certificates.body, button: m.certificates.button, items, page });
  turn.send(list.message);
  turn.go({ name: 'certificates', phase: { name: 'listing', certificates, page: list.page } });
}

export function onCertificatesOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'list_my_certificates' }>,
  outcome: Outcomes['list_my_certificates'],
): void {
  const state = turn.session.state;
  if (state.name !== 'certificates' || state.phase.name !== 'loading' || state.phase.effectId !== effect.effectId)
    return;
  if (outcome.status === 'failed') settle(turn, turn.m.failed);
  else if (outcome.status === 'unavailable') settle(turn, turn.m.certificates.unavailable);
  else if (outcome.certificates.length === 0) settle(turn, turn.m.certificates.empty);
  else showCertificates(turn, outcome.certificates.slice(0, MAX_KEPT), 0);
}

/** A tap on a certificate in the list showing now. */
export function fetchCertificate(turn: Turn, state: StateOf<'certificates'>, certificateId: string): void {
  if (state.phase.name === 'loading') return;
  const { certificates, page } = state.phase;
  const effectId = turn.newId();
  turn.effect({ kind: 'fetch_certificate', effectId, certificateId });
  turn.say(turn.m.certificates.sending);
  turn.go({ name: 'certificates', phase: { name: 'fetching', effectId, certificates, page } });
}

/** Sends the PDF. The list stays current, so the citizen can tap another certificate on it. */
export function onFetchOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'fetch_certificate' }>,
  outcome: Outcomes['fetch_certificate'],
): void {
  const state = turn.session.state;
  if (state.name !== 'certificates' || state.phase.name !== 'fetching' || state.phase.effectId !== effect.effectId)
    return;
  const { certificates, page } = state.phase;
  turn.go({ name: 'certificates', phase: { name: 'listing', certificates, page } });
  if (outcome.status !== 'ok') {
    turn.say(outcome.status === 'failed' ? turn.m.certificates.failed : turn.m.certificates.unavailable);
    return;
  }
  const certificate = certificates.find((candidate) => candidate.certificateId === effect.certificateId);
  const caption = certificate
    ? fitText(`${pick(certificate.title, turn.language)} · ${certificate.reference}`, LIMITS.documentCaption)
    : undefined;
  turn.send(documentMessage(outcome.document, { filename: outcome.filename, ...(caption ? { caption } : {}) }));
}
