import type { Generated } from 'kysely';
import type { AttachmentTables } from './attachment-tables';
import type { CertificateTables } from './certificate-tables';
import type { HandoffTables } from './handoff-tables';

/** Table shapes as both engines store them. JSON documents are kept as text in both. */
export interface Database extends CertificateTables, AttachmentTables, HandoffTables {
  catalog_revisions: {
    rev: number;
    published_at: string;
    content_hash: string;
    content: string;
  };
  requests: {
    id: string;
    reference: string;
    service_id: string;
    department_code: string;
    district_code: string;
    mandal_code: string;
    secretariat_code: string;
    status: string;
    version: number;
    created_at: string;
    updated_at: string;
    /** The whole ServiceRequest as JSON; the columns above exist to filter and index. */
    document: string;
    /** The WhatsApp id of the citizen who filed it, when filed over WhatsApp. */
    citizen_key: string | null;
  };
  change_log: {
    seq: Generated<number>;
    entity: string;
    entity_id: string;
    version: number;
    department_code: string | null;
    district_code: string | null;
    secretariat_code: string | null;
    committed_at: string;
    data: string;
  };
  tokens: {
    id: string;
    token_hash: string;
    role: string;
    name: string;
    secretariat_code: string | null;
    department_code: string | null;
    district_code: string | null;
    created_at: string;
    revoked_at: string | null;
    device_id: string | null;
  };
  devices: {
    device_id: string;
    token_id: string;
    last_seq: number;
    created_at: string;
    updated_at: string;
  };
  device_mutations: {
    device_id: string;
    mutation_id: string;
    seq: number;
    result: string;
    created_at: string;
  };
  grievances: {
    id: string;
    reference: string;
    department_code: string | null;
    district_code: string;
    mandal_code: string;
    secretariat_code: string;
    status: string;
    version: number;
    created_at: string;
    updated_at: string;
    document: string;
  };
  wa_inbound: {
    seq: Generated<number>;
    message_id: string;
    citizen_id: string;
    received_at: string;
    event: string;
    processed_at: string | null;
  };
  wa_citizens: {
    citizen_id: string;
    session: string | null;
    version: number;
    lease_owner: string | null;
    lease_until: string | null;
    /** Set when the citizen asked for erasure; the row is removed once the confirmation is settled. */
    erased_at: string | null;
  };
  wa_outbound: {
    id: Generated<number>;
    citizen_id: string;
    message: string;
    state: string;
    attempts: number;
    not_before: string;
    wa_message_id: string | null;
    last_error: string | null;
    created_at: string;
    updated_at: string;
  };
  wa_statuses: {
    wa_message_id: string;
    status: string;
    timestamp: string;
    recipient_id: string;
    error_code: number | null;
    error_title: string | null;
  };
  media: {
    sha256: string;
    mime_type: string;
    bytes: Uint8Array;
    created_at: string;
  };
  feed_cursors: {
    name: string;
    value: number;
  };
  enrollments: {
    id: string;
    code_hash: string;
    role: string;
    name: string;
    secretariat_code: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    token_id: string | null;
  };
}
