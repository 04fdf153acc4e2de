import type { Transaction } from 'dexie';
import { restoreAttachmentRow, restoreOutboxRow, restoreRequestRow } from './restore';

/**
 * Every layout the database has had, oldest first. Rules, because queued work must survive
 * every app update:
 * - never remove a version or change a published one; add a new one at the end;
 * - never set `outbox` to null or clear it in an upgrade; migrate its rows instead;
 * - an upgrade rewrites old rows through the restore step in `restore.ts`.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: the primary key first, then indexes; null deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // The first layout: the outbox state was a bare string (`status`).
    version: 1,
    stores: {
      meta: 'key',
      catalog: 'rev',
      drafts: 'id, serviceId, updatedAt',
      outbox: 'seq, &mutationId, requestId',
      requests: 'id, status, updatedAt',
      attachments: 'sha256',
    },
  },
  {
    // The outbox state became a tagged object (a conflict carries the server's copy), indexed by
    // kind; acknowledged mutations are listed for a while; pulled grievances are kept.
    version: 2,
    stores: {
      outbox: 'seq, &mutationId, requestId, state.kind',
      requests: 'id, status, updatedAt, source',
      sent: 'seq, ackAt',
      grievances: 'id',
    },
    async upgrade(tx) {
      await tx
        .table('outbox')
        .toCollection()
        .modify((row: unknown, ref: { value: unknown }) => {
          ref.value = restoreOutboxRow(row);
        });
      await tx
        .table('requests')
        .toCollection()
        .modify((row: unknown, ref: { value: unknown }) => {
          ref.value = restoreRequestRow(row);
        });
    },
  },
  {
    // Versions learnt from push answers get a table of their own, so acknowledging a batch no
    // longer rewrites the request rows. Indexes nothing reads are dropped (requests by status and
    // source, the sent log by time): every pulled record and every acknowledgement wrote them.
    // A new, empty table and fewer indexes: no row changes, the outbox is untouched.
    version: 3,
    stores: {
      knownVersions: 'id',
      requests: 'id, updatedAt',
      sent: 'seq',
    },
  },
  {
    // Attachment bytes are uploaded (SYNC-ATT-8): each file gets an upload state, indexed by kind
    // so the worker finds the ones due without reading every file. Every file kept so far is due.
    version: 4,
    stores: {
      attachments: 'sha256, upload.kind',
    },
    async upgrade(tx) {
      await tx
        .table('attachments')
        .toCollection()
        .modify((row: unknown, ref: { value: unknown }) => {
          ref.value = restoreAttachmentRow(row);
        });
    },
  },
];

/** The version the running build opens. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
