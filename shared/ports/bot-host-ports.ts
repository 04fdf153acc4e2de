import type { TrackResponse } from '../../shared/api/requests-api';
import type { LocalizedText } from '../../shared/i18n/languages';
import type { CatalogDepartment } from '../../shared/model/catalog';
import type { CertificateStatus } from '../../shared/model/certificate';
import type { ApplicantAnswers, AttachmentRef } from '../../shared/model/form-field';
import type { Geography } from '../../shared/model/geography';
import type { RequestStatus } from '../../shared/lifecycle';
import type { CitizenContact } from '../../shared/model/service-request';

/**
 * What the bot needs from the process that hosts it. The bot defines these ports; the host
 * (the server process) implements them over its store and request queue. The bot never
 * imports the server, and the server never imports the bot: the host wires them together.
 */

// --- persistence ---------------------------------------------------------------------------

/** One inbound event waiting to be processed, in arrival order per citizen. */
export interface InboundRecord {
  /** Store-assigned, increasing in arrival order. */
  seq: number;
  /** The Cloud API message id (or a synthetic id for notifications); unique: redeliveries are dropped. */
  messageId: string;
  citizenId: string;
  receivedAt: string;
  /** The normalised `BotEvent`, as JSON. */
  event: unknown;
}

export interface NewInbound {
  messageId: string;
  citizenId: string;
  receivedAt: string;
  event: unknown;
}

/** One message to send, in order per citizen. */
export interface OutboundRecord {
  /** Store-assigned, increasing. */
  id: number;
  citizenId: string;
  /** The `OutboundMessage` to send (a `window_dependent` one is resolved at send time). */
  message: unknown;
  state: 'queued' | 'sending' | 'sent' | 'failed' | 'undeliverable';
  attempts: number;
  /** ISO time before which it must not be tried again (backoff). */
  notBefore: string;
  /** The Cloud API's id for it, once sent; status callbacks refer to it. */
  waMessageId: string | null;
  lastError: string | null;
  createdAt: string;
}

export type NewOutbound = Pick<OutboundRecord, 'citizenId' | 'message'>;

/** A status callback from the Cloud API about a message Seva sent. */
export interface DeliveryStatus {
  waMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
  recipientId: string;
  errorCode?: number;
  errorTitle?: string;
}

/** The bot's state for one citizen: the conversation session, versioned for safe concurrent writers. */
export interface StoredSession {
  citizenId: string;
  /** The `Session`, as JSON. */
  session: unknown;
  version: number;
}

/**
 * Everything the bot stores. Every method is atomic. Implementations must make `addInbound`
 * idempotent on `messageId` with a unique constraint (the Cloud API redelivers for days) and
 * `commitTurn` all-or-nothing.
 */
export interface BotStorePort {
  /** Stores new inbound events; returns how many were new (redeliveries are ignored). */
  addInbound(events: readonly NewInbound[]): Promise<number>;
  /** Citizens with unprocessed inbound events whose lease is free at `now`, oldest event first. */
  citizensWithPendingInbound(now: string, limit: number): Promise<string[]>;
  /**
   * Takes the citizen's lease until `until` (one message at a time per citizen, even with
   * several server processes). False when someone else holds it.
   */
  leaseCitizen(citizenId: string, owner: string, now: string, until: string): Promise<boolean>;
  releaseCitizen(citizenId: string, owner: string): Promise<void>;
  /** The citizen's unprocessed inbound events, in arrival order. */
  pendingInbound(citizenId: string, limit: number): Promise<InboundRecord[]>;
  loadSession(citizenId: string): Promise<StoredSession | undefined>;
  /**
   * One processed event, atomically: the session saved (only if still at `expectedVersion`;
   * null when there was none), the replies queued in order, the event marked processed.
   * False, with nothing written, when the session moved.
   */
  commitTurn(turn: {
    citizenId: string;
    inboundSeq: number;
    session: unknown;
    expectedVersion: number | null;
    outbound: readonly NewOutbound[];
    at: string;
  }): Promise<boolean>;

  /**
   * Claims up to `limit` queued messages due at `now` for sending, marking them `sending`:
   * per citizen only the oldest unsent message, so a citizen's messages go out in order.
   */
  claimOutbound(now: string, limit: number): Promise<OutboundRecord[]>;
  /** Records what became of a send attempt. */
  settleOutbound(
    id: number,
    outcome:
      | { state: 'sent'; waMessageId: string; at: string }
      | { state: 'queued'; notBefore: string; error: string }
      | { state: 'failed' | 'undeliverable'; error: string },
  ): Promise<void>;
  recordStatuses(statuses: readonly DeliveryStatus[]): Promise<void>;

  /**
   * The DPDP Act erasure of a citizen, atomically and idempotently (bot/README.md, "Erasure"):
   * unsent messages dropped, message contents, statuses and draft media forgotten, the WhatsApp
   * contact taken out of the requests, grievances and certificates they filed (which are kept).
   * Their session is left for the asking turn to replace; settling the next message to them
   * (the confirmation) removes what is left: their row, session and opt-in state.
   */
  eraseCitizen(citizenId: string, at: string): Promise<void>;

  /** Keeps a downloaded file by its content hash (idempotent). */
  putMedia(file: { sha256: string; mimeType: string; bytes: Uint8Array }): Promise<void>;

  /** A named, durable position in a feed (the request change log for notifications). */
  getCursor(name: string): Promise<number>;
  setCursor(name: string, value: number): Promise<void>;
}

// --- the shared request queue --------------------------------------------------------------

export type QueueOutcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** One of a citizen's requests, for "my applications". */
export interface CitizenRequestSummary {
  reference: string;
  serviceName: LocalizedText;
  status: RequestStatus;
  filedAt: string;
}

/** One of a citizen's certificates, for "my certificates". */
export interface CitizenCertificate {
  id: string;
  /** The printed certificate number (`INC-2026-0000A`). */
  number: string;
  /** The certificate type as printed, in both languages. */
  title: LocalizedText;
  issuedAt: string;
  /** A revoked certificate is listed as such and its PDF is never sent as if it were valid. */
  status: CertificateStatus;
}

/** A certificate's PDF, as it is sent to the citizen. */
export interface CertificatePdf {
  filename: string;
  bytes: Uint8Array;
}

/** A request's status change that the citizen should hear about. */
export interface StatusChange {
  seq: number;
  requestId: string;
  reference: string;
  serviceName: LocalizedText;
  status: RequestStatus;
  at: string;
  note?: string;
  contact: CitizenContact;
  /** On the change to `issued`: the certificate issued with it, which the bot sends after the notification. */
  certificate?: { id: string; number: string };
}

/**
 * The request queue every channel shares, as the bot uses it. A request filed here is the
 * same record agents and officers work on (channel `whatsapp`).
 */
export interface RequestQueuePort {
  /** The latest published catalog. */
  catalog(): Promise<{ rev: number; departments: readonly CatalogDepartment[] }>;
  geography(): Geography;
  /** Files a request; idempotent on `id` (a retry returns the stored one). */
  fileRequest(input: {
    id: string;
    serviceId: string;
    serviceRev: number;
    secretariatCode: string;
    applicant: ApplicantAnswers;
    contact: CitizenContact;
    filedAt: string;
  }): Promise<QueueOutcome<{ reference: string; dueBy: string }>>;
  fileGrievance(input: {
    id: string;
    secretariatCode: string;
    category: string;
    description: string;
    photo?: AttachmentRef;
    contact: CitizenContact;
    filedAt: string;
  }): Promise<QueueOutcome<{ reference: string }>>;
  track(reference: string): Promise<TrackResponse | undefined>;
  requestsOf(contact: CitizenContact, limit: number): Promise<CitizenRequestSummary[]>;
  /** The certificates of the requests this contact filed over WhatsApp, newest first. */
  certificatesOf(contact: CitizenContact): Promise<CitizenCertificate[]>;
  /**
   * The PDF of one of the contact's own certificates; undefined when there is none by that id
   * or it is someone else's — one citizen is never handed another's certificate.
   */
  certificatePdf(contact: CitizenContact, certificateId: string): Promise<CertificatePdf | undefined>;
  /** Status changes of WhatsApp-filed requests after `cursor`, in commit order. */
  statusChangesSince(cursor: number, limit: number): Promise<{ changes: StatusChange[]; nextCursor: number }>;
}
