import { CatalogDeltaResponseSchema, CatalogResponseSchema } from '../../../shared/api/catalog-api';
import type { CatalogDeltaResponse, CatalogResponse } from '../../../shared/api/catalog-api';
import {
  EnrollResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  SYNC_PROTOCOL_VERSION,
} from '../../../shared/sync/protocol';
import type { EnrollResponse, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import { ProtocolMismatchError } from './http';

/**
 * Parsers for the server's answers. They live in the worker so the schema library never loads
 * in the page: what the page reads from IndexedDB has already passed through here.
 */

function checkProtocol(json: unknown): void {
  const protocol = typeof json === 'object' && json !== null ? (json as { protocol?: unknown }).protocol : undefined;
  if (protocol !== SYNC_PROTOCOL_VERSION) {
    throw new ProtocolMismatchError(`server speaks protocol ${String(protocol)}, this app ${SYNC_PROTOCOL_VERSION}`);
  }
}

export function parsePushResponse(json: unknown): PushResponse {
  checkProtocol(json);
  return PushResponseSchema.parse(json);
}

export function parsePullResponse(json: unknown): PullResponse {
  checkProtocol(json);
  return PullResponseSchema.parse(json);
}

export const parseEnrollResponse = (json: unknown): EnrollResponse => EnrollResponseSchema.parse(json);
export const parseCatalog = (json: unknown): CatalogResponse => CatalogResponseSchema.parse(json);
export const parseCatalogDelta = (json: unknown): CatalogDeltaResponse => CatalogDeltaResponseSchema.parse(json);
