import { pick } from '../../../shared/i18n/pick';
import { contactOf } from '../contact';
import type { CertificateSummary, Effect, Outcomes } from '../effects';
import { formatDay } from '../format';
import { pagedList, type ListItem } from '../paged-list';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { certificateDocument } from './certificate-document';
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
  const items = certificates.map((certificate): ListItem => {
    const when =
      certificate.status === 'revoked'
        ? m.certificates.revokedRow
        : m.certificates.issued(formatDay(certificate.issuedAt, turn.config.timeZone));
    return {
      action: { do: 'certificate', certificateId: certificate.certificateId },
      name: pick(certificate.title, turn.language),
      detail: `${when} · ${certificate.number}`,
    };
  });
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
  else if (outcome.certificates.length === 0) settle(turn, turn.m.certificates.empty);
  else showCertificates(turn, outcome.certificates.slice(0, MAX_KEPT), 0);
}

function sayRevoked(turn: Turn, certificate: CertificateSummary): void {
  turn.say(turn.m.certificates.revoked({ title: pick(certificate.title, turn.language), number: certificate.number }));
}

/**
 * A tap on a certificate in the list showing now. Only a certificate on that list is fetched
 * (a row id is the citizen's to forge), and a revoked one is not fetched at all. The list stays
 * current, so the citizen can tap another certificate on it.
 */
export function fetchCertificate(turn: Turn, state: StateOf<'certificates'>, certificateId: string): void {
  if (state.phase.name === 'loading') return;
  const { certificates, page } = state.phase;
  const certificate = certificates.find((candidate) => candidate.certificateId === certificateId);
  if (!certificate) {
    turn.say(turn.m.certificates.missing);
    showCertificates(turn, certificates, page);
    return;
  }
  turn.keepPrompt();
  if (certificate.status === 'revoked') {
    sayRevoked(turn, certificate);
    return;
  }
  const effectId = turn.newId();
  turn.effect({ kind: 'fetch_certificate', effectId, certificateId, contact: contactOf(turn.session.citizenId) });
  turn.say(turn.m.certificates.sending);
  turn.go({ name: 'certificates', phase: { name: 'fetching', effectId, certificates, page } });
}

/** Sends the PDF — unless it was revoked since the list was shown, which is said instead. */
export function onFetchOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'fetch_certificate' }>,
  outcome: Outcomes['fetch_certificate'],
): void {
  const state = turn.session.state;
  if (state.name !== 'certificates' || state.phase.name !== 'fetching' || state.phase.effectId !== effect.effectId)
    return;
  turn.keepPrompt();
  const { page } = state.phase;
  // What the runtime found is newer than the list: a revocation since shows on the list too.
  const certificates =
    outcome.status === 'ok' || outcome.status === 'revoked'
      ? state.phase.certificates.map((listed) =>
          listed.certificateId === outcome.certificate.certificateId ? outcome.certificate : listed,
        )
      : state.phase.certificates;
  turn.go({ name: 'certificates', phase: { name: 'listing', certificates, page } });
  switch (outcome.status) {
    case 'ok':
      turn.send(certificateDocument(outcome.certificate, outcome.document, outcome.filename, turn.language));
      return;
    case 'revoked':
      return sayRevoked(turn, outcome.certificate);
    case 'not_found':
      return turn.say(turn.m.certificates.missing);
    case 'failed':
      return turn.say(turn.m.certificates.failed);
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
