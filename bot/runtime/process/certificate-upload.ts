import type { CertificateSummary, Effect, Outcomes } from '../../conversation';
import { LIMITS } from '../../whatsapp/limits';
import type { GraphClient } from '../graph/graph-client';
import { describeOutcome } from '../graph/graph-outcome';
import type { BotLogger } from '../logger';
import type { CitizenCertificate, RequestQueuePort } from '../ports';

type CertificateEffect = Extract<Effect, { kind: 'fetch_certificate' | 'deliver_certificate' }>;

/** A certificate as the queue lists it, as the engine keeps it. */
export function certificateSummary(certificate: CitizenCertificate): CertificateSummary {
  const { id, number, title, issuedAt, status } = certificate;
  return { certificateId: id, number, title, issuedAt, status };
}

/**
 * `fetch_certificate` and `deliver_certificate`: one of the citizen's own certificates, looked
 * up afresh (a revocation since the list was shown counts), its PDF uploaded to the Cloud API
 * (`POST /{phone-number-id}/media`) for the engine to send by media id. A revoked certificate
 * is never uploaded. Safe to run twice (a turn played again): it uploads again, but the document
 * is queued by the turn's one commit, so it is sent once.
 */
export async function uploadCertificate(
  deps: { queue: RequestQueuePort; graph: GraphClient; logger: BotLogger; phoneNumberId: string },
  effect: CertificateEffect,
): Promise<Outcomes[CertificateEffect['kind']]> {
  const facts = { certificateId: effect.certificateId, effect: effect.kind };
  const mine = await deps.queue.certificatesOf(effect.contact);
  const listed = mine.find((certificate) => certificate.id === effect.certificateId);
  if (!listed) {
    deps.logger.warn(facts, 'asked for a certificate that is not among the citizen’s');
    return { status: 'not_found' };
  }
  const certificate = certificateSummary(listed);
  if (listed.status === 'revoked') return { status: 'revoked', certificate };
  const pdf = await deps.queue.certificatePdf(effect.contact, effect.certificateId);
  if (!pdf) return { status: 'not_found' };
  if (pdf.bytes.byteLength > LIMITS.documentBytes) {
    deps.logger.error({ ...facts, bytes: pdf.bytes.byteLength }, 'certificate PDF is larger than WhatsApp takes');
    return { status: 'failed', retryable: false };
  }
  const uploaded = await deps.graph.uploadMedia(deps.phoneNumberId, {
    bytes: pdf.bytes,
    mimeType: 'application/pdf',
    filename: pdf.filename,
  });
  if (uploaded.kind !== 'ok') {
    deps.logger.warn({ ...facts, reason: describeOutcome(uploaded) }, 'certificate upload failed');
    return { status: 'failed', retryable: true };
  }
  return { status: 'ok', certificate, document: { mediaId: uploaded.value.mediaId }, filename: pdf.filename };
}
