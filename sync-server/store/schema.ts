import type { Generated } from 'kysely';

/** Table shapes as both engines store them. JSON documents are kept as text in both. */
export interface Database {
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
