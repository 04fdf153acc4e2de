/** The certificate tables (migration 0004-certificates), as both engines store them. */
export interface CertificateTables {
  /** Every issuer public key ever used: the trust list is built from these rows. */
  signing_keys: {
    /** base64 of the 8-byte key id. */
    kid: string;
    issuer: string;
    /** LocalizedText JSON: the issuing authority's name. */
    name: string;
    /** JSON array of the document types the key may sign. */
    document_types: string;
    public_jwk: string;
    status_list_id: string;
    not_before: string;
    /** Set when the key is rotated out: the end of the period in which it signed. */
    not_after: string | null;
    created_at: string;
  };
  /** Every trust list ever published; `seq` only grows. */
  trust_lists: {
    seq: number;
    issued_at: string;
    root_kid: string;
    /** The SignedDocument, as JSON. */
    document: string;
  };
  /** One row per status list; the bits are the revoked certificates that point into it. */
  status_lists: {
    id: string;
    issuer: string;
    size: number;
    /** Bumped by every revocation, so the list is re-signed once per change. */
    version: number;
    updated_at: string;
    signed_version: number | null;
    signed_document: string | null;
  };
  certificates: {
    id: string;
    /** Unique: a request gets one certificate, however often issuance is attempted. */
    request_id: string;
    number: string;
    status_list_id: string;
    status_index: number;
    kid: string;
    department_code: string;
    district_code: string;
    secretariat_code: string;
    /** The WhatsApp id of the citizen who applied, for the bot. */
    citizen_key: string | null;
    issued_at: string;
    revoked_at: string | null;
    /** The Certificate record, as JSON. */
    document: string;
    qr: string;
    pdf: Uint8Array;
  };
  /** Counters behind certificate numbers, one per series and year (`INC-2026`). */
  certificate_counters: {
    name: string;
    value: number;
  };
}
