import type { Language, LocalizedText } from '../../shared/i18n/languages';
import type { TrackResponse } from '../../shared/api/requests-api';
import type { RequestStatus } from '../../shared/lifecycle';
import type { CertificateStatus } from '../../shared/model/certificate';
import type { ApplicantAnswers, AttachmentRef } from '../../shared/model/form-field';
import type { CitizenContact } from '../../shared/model/service-request';
import type { InboundMessage } from './events';
import type { GrievanceCategory } from './grievance-category';

/**
 * What the engine asks the runtime to do. An effect with an `effectId` expects an
 * `effect_result` event carrying the same id; the engine ignores results it is no longer
 * waiting for, except those of effects that filed something (`create_request`,
 * `start_payment`, `create_grievance`), whose outcome the citizen is always told.
 */
export type Effect =
  | {
      kind: 'create_request';
      effectId: string;
      /** The request's UUIDv7: a retry sends the same id, so the queue never files it twice. */
      id: string;
      serviceId: string;
      serviceRev: number;
      /** The village or ward secretariat the citizen chose (`Session.place`). */
      secretariatCode: string;
      applicant: ApplicantAnswers;
      contact: CitizenContact;
      language: Language;
      filedAt: string;
    }
  | {
      kind: 'start_payment';
      effectId: string;
      /** The payment request's UUIDv7, reused on retry like `create_request.id`. */
      id: string;
      serviceId: string;
      serviceRev: number;
      applicant: ApplicantAnswers;
      contact: CitizenContact;
      language: Language;
      filedAt: string;
    }
  | { kind: 'lookup_request'; effectId: string; reference: string }
  | { kind: 'list_my_requests'; effectId: string; contact: CitizenContact }
  | { kind: 'list_my_certificates'; effectId: string; contact: CitizenContact }
  /** Upload one of the contact's certificates for sending; someone else's is `not_found`. */
  | { kind: 'fetch_certificate'; effectId: string; certificateId: string; contact: CitizenContact }
  /**
   * The same, for a certificate just issued, right after its status notification. Its outcome
   * is sent whatever the citizen is doing, and leaves their open menu current.
   */
  | {
      kind: 'deliver_certificate';
      effectId: string;
      certificateId: string;
      number: string;
      contact: CitizenContact;
      /** The language to use when the citizen has not chosen one (the notification's). */
      language: Language;
    }
  | {
      kind: 'create_grievance';
      effectId: string;
      /** The grievance's UUIDv7, reused on retry. */
      id: string;
      secretariatCode: string;
      category: GrievanceCategory;
      description: string;
      photo?: AttachmentRef;
      contact: CitizenContact;
      language: Language;
      filedAt: string;
    }
  /** Fetch a file the citizen sent, check its size (`maxBytes`) and store it by content hash. */
  | { kind: 'download_media'; effectId: string; mediaId: string; mimeType: string; maxBytes: number; filename?: string }
  | { kind: 'handoff'; effectId: string; language: Language; topic: string }
  /** Pass a citizen message to the staff member handling the hand-off; no result. */
  | { kind: 'relay_to_person'; messageId: string; message: InboundMessage }
  /** Close the hand-off from the citizen's side (they sent STOP); no result. */
  | { kind: 'end_handoff' }
  | { kind: 'erase_my_data'; effectId: string; contact: CitizenContact };

export type EffectKind = Effect['kind'];

/** One of the citizen's requests, as "my applications" lists it. */
export interface RequestSummary {
  reference: string;
  serviceName: LocalizedText;
  status: RequestStatus;
  filedAt: string;
}

/** One of the citizen's certificates, as "my certificates" lists it. */
export interface CertificateSummary {
  certificateId: string;
  /** The printed certificate number (`INC-2026-0000A`). */
  number: string;
  title: LocalizedText;
  issuedAt: string;
  status: CertificateStatus;
}

/** A certificate's PDF, uploaded and ready to be sent, or why it is not. */
type CertificateDocument =
  | {
      status: 'ok';
      certificate: CertificateSummary;
      document: { mediaId: string } | { link: string };
      filename: string;
    }
  /** Revoked certificates are never sent as if they were valid. */
  | { status: 'revoked'; certificate: CertificateSummary }
  /** None of the citizen's own certificates has this id. */
  | { status: 'not_found' };

type Failed = { status: 'failed'; retryable: boolean };
/** The channel cannot do this yet (it is done at the secretariat): said plainly, never dressed up as an error. */
type Unavailable = { status: 'unavailable' };

/** What each effect that answers can come back with. */
export interface Outcomes {
  create_request: { status: 'created'; reference: string; dueBy?: string } | Failed;
  start_payment:
    { status: 'ready'; reference: string; url: string; amountInr?: number; expiresAt?: string } | Failed | Unavailable;
  lookup_request: { status: 'found'; request: TrackResponse } | { status: 'not_found' } | Failed;
  list_my_requests: { status: 'ok'; requests: RequestSummary[] } | Failed;
  list_my_certificates: { status: 'ok'; certificates: CertificateSummary[] } | Failed;
  fetch_certificate: CertificateDocument | Failed;
  deliver_certificate: CertificateDocument | Failed;
  create_grievance: { status: 'created'; reference: string } | Failed;
  download_media: { status: 'ok'; attachment: AttachmentRef } | { status: 'too_large' } | Failed;
  handoff: { status: 'accepted' } | { status: 'unavailable' };
  erase_my_data: { status: 'erased' } | Failed | Unavailable;
}

/** The effects that expect an `effect_result`. */
export type AnsweredEffect = Extract<Effect, { kind: keyof Outcomes }>;

/**
 * The outcome of an effect, with the effect itself echoed back whole: the engine matches it to
 * what it is waiting for by `effect.effectId`, and can still word a late result (a request filed
 * after the citizen moved on) from the effect's own fields.
 */
export type EffectResult = {
  [K in keyof Outcomes]: { kind: K; effect: Extract<Effect, { kind: K }>; outcome: Outcomes[K] };
}[keyof Outcomes];

/** Pairs an executed effect with its outcome, typed so the outcome must fit the effect. */
export function effectResult<E extends AnsweredEffect>(effect: E, outcome: Outcomes[E['kind']]): EffectResult {
  // The mapped type cannot see that E['kind'] and E agree; the signature above guarantees it.
  return { kind: effect.kind, effect, outcome } as EffectResult;
}
