import type { LocalizedText } from '../../shared/i18n/languages';
import type { Certificate } from '../../shared/model/certificate';
import type { ServiceRequest } from '../../shared/model/service-request';

/** An issuer's public signing key, as the trust list lists it. Private keys never reach the database. */
export interface SigningKeyRecord {
  /** base64 of the 8-byte key id. */
  kid: string;
  issuer: string;
  name: LocalizedText;
  documentTypes: string[];
  publicJwk: JsonWebKey;
  statusListId: string;
  notBefore: string;
  /** When the key was rotated out; null for the issuer's current key. */
  notAfter: string | null;
  createdAt: string;
}

/** One published trust list: the signed document and what it was signed with. */
export interface TrustListRecord {
  seq: number;
  issuedAt: string;
  rootKid: string;
  /** The SignedDocument, as JSON. */
  document: string;
}

export interface StatusListRecord {
  id: string;
  issuer: string;
  size: number;
  version: number;
  updatedAt: string;
  /** The version `signedDocument` was signed at; the list needs signing when it differs from `version`. */
  signedVersion: number | null;
  signedDocument: string | null;
}

/** What the key lock's holder sees. */
export interface TrustState {
  keys: SigningKeyRecord[];
  latest: TrustListRecord | undefined;
}

/** Keys to insert or update (by kid), status lists to create, and the trust list that results. */
export interface TrustChange {
  keys: SigningKeyRecord[];
  statusLists: { id: string; issuer: string; size: number }[];
  trustList: TrustListRecord;
}

/** A certificate as stored: the record, its QR text and its PDF. */
export interface StoredCertificate {
  certificate: Certificate;
  qr: string;
}

export type IssueOutcome =
  | { kind: 'issued' }
  /** The request already has a certificate (another attempt got there first): that one. */
  | { kind: 'exists'; certificate: StoredCertificate }
  /** Another certificate holds this status index: pick another and sign again. */
  | { kind: 'slot_taken' }
  /** The signing key was rotated out before this certificate's issue time: sign with the new key. */
  | { kind: 'key_retired' }
  /** The request is no longer at the version the certificate was made from. */
  | { kind: 'request_moved' };

export type RevokeOutcome =
  | { kind: 'revoked'; certificate: Certificate }
  | { kind: 'already_revoked'; certificate: Certificate }
  | { kind: 'not_found' };

/**
 * Certificate storage, on the same database as the requests it belongs to. Issuance and
 * revocation change the request in the same transaction, so a request is `issued` exactly
 * when its certificate exists.
 */
export interface CertificateStore {
  /**
   * Runs `decide` holding the key lock, so processes provisioning or rotating keys at once take
   * turns; writes what it returns (nothing when it returns undefined).
   */
  changeTrust(decide: (state: TrustState) => Promise<TrustChange | undefined>): Promise<TrustChange | undefined>;
  signingKeys(): Promise<SigningKeyRecord[]>;
  latestTrustList(): Promise<TrustListRecord | undefined>;

  getStatusList(id: string): Promise<StatusListRecord | undefined>;
  /** The revoked indices of a list with their revocation times. */
  revokedSlots(statusListId: string): Promise<{ index: number; revokedAt: string }[]>;
  /** Keeps the list signed at `version`; false when the list has changed since (nothing written). */
  saveSignedStatusList(id: string, version: number, document: string): Promise<boolean>;

  /**
   * Reserves the next `count` numbers of a series (`INC-2026`, counting from 1) and returns the
   * last of them; a number is never reserved twice.
   */
  reserveNumbers(series: string, count: number): Promise<number>;
  /**
   * Stores a certificate and moves its request to `request` (the `issued` version) if the
   * request is still at `expectedVersion` and the certificate's key was current at its issue
   * time; atomically, or not at all.
   */
  issue(input: {
    stored: StoredCertificate;
    pdf: Uint8Array;
    request: ServiceRequest;
    expectedVersion: number;
  }): Promise<IssueOutcome>;
  get(id: string): Promise<StoredCertificate | undefined>;
  getByNumber(number: string): Promise<StoredCertificate | undefined>;
  getByRequest(requestId: string): Promise<StoredCertificate | undefined>;
  pdf(id: string): Promise<Uint8Array | undefined>;
  /** Certificates of requests a citizen filed over WhatsApp, newest first. */
  listByCitizen(whatsappId: string, limit: number): Promise<StoredCertificate[]>;
  /**
   * Revokes once: records the reason and time, marks the status list changed and updates the
   * request (through `nextRequest`, given the request as stored) in one transaction.
   */
  revoke(input: {
    id: string;
    reason: string;
    at: string;
    nextRequest: (current: ServiceRequest, revoked: Certificate) => ServiceRequest;
  }): Promise<RevokeOutcome>;
  /** Approved requests of these services that have no certificate and were last changed before `before`. */
  approvedWithoutCertificate(serviceIds: readonly string[], before: string, limit: number): Promise<string[]>;
}
