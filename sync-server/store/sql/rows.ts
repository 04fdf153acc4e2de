import type { Selectable } from 'kysely';
import type { CatalogContent, PublishedCatalog } from '../../../shared/model/catalog';
import type { Grievance } from '../../../shared/model/grievance';
import type { TokenRole } from '../../../shared/model/role';
import type { ServiceRequest } from '../../../shared/model/service-request';
import type { Database } from '../schema';
import type { EnrollmentRecord, Entity, TokenRecord } from '../store';

/** A change-log row before the store assigns its seq. */
export interface PendingChange {
  entity: Entity;
  entityId: string;
  version: number;
  departmentCode: string | null;
  districtCode: string | null;
  secretariatCode: string | null;
  /** The record after the change, already serialised (it is also the row's document). */
  json: string;
}

/** Every column of `requests`, in the order bulk inserts list them. */
export const REQUEST_COLUMNS = [
  'id',
  'reference',
  'service_id',
  'department_code',
  'district_code',
  'mandal_code',
  'secretariat_code',
  'status',
  'version',
  'created_at',
  'updated_at',
  'document',
  'citizen_key',
] as const satisfies readonly (keyof Database['requests'])[];

export function toRequestRow(request: ServiceRequest, json = JSON.stringify(request)): Database['requests'] {
  return {
    id: request.id,
    reference: request.reference,
    service_id: request.serviceId,
    department_code: request.departmentCode,
    district_code: request.jurisdiction.districtCode,
    mandal_code: request.jurisdiction.mandalCode,
    secretariat_code: request.jurisdiction.secretariatCode,
    status: request.status,
    version: request.version,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
    document: json,
    citizen_key: request.channel === 'whatsapp' ? (request.contact?.whatsappId ?? null) : null,
  };
}

export function toGrievanceRow(grievance: Grievance, json = JSON.stringify(grievance)): Database['grievances'] {
  return {
    id: grievance.id,
    reference: grievance.reference,
    department_code: grievance.departmentCode ?? null,
    district_code: grievance.jurisdiction.districtCode,
    mandal_code: grievance.jurisdiction.mandalCode,
    secretariat_code: grievance.jurisdiction.secretariatCode,
    status: grievance.status,
    version: grievance.version,
    created_at: grievance.createdAt,
    updated_at: grievance.updatedAt,
    document: json,
  };
}

/** Documents are written only by this store after validation, so reading them back trusts their shape. */
export function parseDocument<T extends ServiceRequest | Grievance>(document: string): T {
  return JSON.parse(document) as T;
}

export function requestChange(request: ServiceRequest, json = JSON.stringify(request)): PendingChange {
  return {
    entity: 'request',
    entityId: request.id,
    version: request.version,
    departmentCode: request.departmentCode,
    districtCode: request.jurisdiction.districtCode,
    secretariatCode: request.jurisdiction.secretariatCode,
    json,
  };
}

export function grievanceChange(grievance: Grievance, json = JSON.stringify(grievance)): PendingChange {
  return {
    entity: 'grievance',
    entityId: grievance.id,
    version: grievance.version,
    departmentCode: grievance.departmentCode ?? null,
    districtCode: grievance.jurisdiction.districtCode,
    secretariatCode: grievance.jurisdiction.secretariatCode,
    json,
  };
}

export function tokenChange(token: TokenRecord, version: number): PendingChange {
  const { tokenHash: _secretDigest, ...visible } = token;
  return {
    entity: 'token',
    entityId: token.id,
    version,
    departmentCode: null,
    districtCode: null,
    secretariatCode: null,
    json: JSON.stringify(visible),
  };
}

export function toPublishedCatalog(row: Selectable<Database['catalog_revisions']>): PublishedCatalog {
  const content = JSON.parse(row.content) as CatalogContent;
  return { rev: row.rev, publishedAt: row.published_at, departments: content.departments };
}

export function toTokenRow(token: TokenRecord): Database['tokens'] {
  return {
    id: token.id,
    token_hash: token.tokenHash,
    role: token.role,
    name: token.name,
    secretariat_code: token.secretariatCode,
    department_code: token.departmentCode,
    district_code: token.districtCode,
    created_at: token.createdAt,
    revoked_at: token.revokedAt,
    device_id: token.deviceId,
  };
}

export function toTokenRecord(row: Selectable<Database['tokens']>): TokenRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    role: row.role as TokenRole,
    name: row.name,
    secretariatCode: row.secretariat_code,
    departmentCode: row.department_code,
    districtCode: row.district_code,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    deviceId: row.device_id,
  };
}

export function toEnrollmentRecord(row: Selectable<Database['enrollments']>): EnrollmentRecord {
  return {
    id: row.id,
    codeHash: row.code_hash,
    role: 'agent',
    name: row.name,
    secretariatCode: row.secretariat_code,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    tokenId: row.token_id,
  };
}
