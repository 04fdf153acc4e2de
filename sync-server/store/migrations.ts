import { Migrator, sql, type Kysely, type Migration } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/**
 * Schema migrations for both engines, in order. Names sort lexically; a migration, once
 * shipped, is never edited — add a new one.
 */
function migrations(engine: Engine): Record<string, Migration> {
  // The change log's seq must increase in commit order. SQLite has one writer; PostgreSQL
  // serialises appends with an advisory lock held to commit (see sql-store.ts).
  const sequenceColumn =
    engine === 'sqlite' ? sql`integer primary key autoincrement` : sql`bigint generated always as identity primary key`;
  return {
    '0001-initial': {
      // Kysely<any> is how Kysely types migrations: they run against every past shape.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('catalog_revisions')
          .addColumn('rev', 'integer', (c) => c.primaryKey())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('requests')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('reference', 'text', (c) => c.notNull().unique())
          .addColumn('service_id', 'text', (c) => c.notNull())
          .addColumn('department_code', 'text', (c) => c.notNull())
          .addColumn('district_code', 'text', (c) => c.notNull())
          .addColumn('mandal_code', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('requests_by_secretariat')
          .on('requests')
          .columns(['secretariat_code', 'id'])
          .execute();
        await db.schema
          .createIndex('requests_by_desk')
          .on('requests')
          .columns(['department_code', 'district_code', 'id'])
          .execute();
        await db.schema.createIndex('requests_by_status').on('requests').columns(['status', 'id']).execute();

        await db.schema
          .createTable('change_log')
          .addColumn('seq', sequenceColumn)
          .addColumn('entity', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('department_code', 'text')
          .addColumn('district_code', 'text')
          .addColumn('secretariat_code', 'text')
          .addColumn('committed_at', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('change_log_by_secretariat')
          .on('change_log')
          .columns(['secretariat_code', 'seq'])
          .execute();
        await db.schema
          .createIndex('change_log_by_desk')
          .on('change_log')
          .columns(['department_code', 'district_code', 'seq'])
          .execute();

        await db.schema
          .createTable('tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text')
          .addColumn('department_code', 'text')
          .addColumn('district_code', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
      },
    },
    '0002-sync': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        await db.schema.alterTable('tokens').addColumn('device_id', 'text').execute();

        await db.schema
          .createTable('devices')
          .addColumn('device_id', 'text', (c) => c.primaryKey())
          .addColumn('token_id', 'text', (c) => c.notNull())
          .addColumn('last_seq', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        // One row per processed mutation: the answer a replay gets (SYNC-PUSH-2).
        await db.schema
          .createTable('device_mutations')
          .addColumn('device_id', 'text', (c) => c.notNull())
          .addColumn('mutation_id', 'text', (c) => c.notNull())
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('result', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('device_mutations_pk', ['device_id', 'mutation_id'])
          .execute();

        await db.schema
          .createTable('grievances')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('reference', 'text', (c) => c.notNull().unique())
          .addColumn('department_code', 'text')
          .addColumn('district_code', 'text', (c) => c.notNull())
          .addColumn('mandal_code', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('grievances_by_secretariat')
          .on('grievances')
          .columns(['secretariat_code', 'id'])
          .execute();

        // Lets a stale amend be merged against the version the agent saw (SYNC-CONFLICT-2).
        await db.schema
          .createIndex('change_log_by_entity')
          .on('change_log')
          .columns(['entity_id', 'version'])
          .execute();

        await db.schema
          .createTable('enrollments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('code_hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('used_at', 'text')
          .addColumn('token_id', 'text')
          .execute();
      },
    },
    '0003-whatsapp': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        const binary = engine === 'sqlite' ? 'blob' : 'bytea';
        // Who filed a request over WhatsApp, so "my applications" finds them without a scan.
        await db.schema.alterTable('requests').addColumn('citizen_key', 'text').execute();
        await db.schema.createIndex('requests_by_citizen').on('requests').columns(['citizen_key', 'id']).execute();

        // Inbound events; message_id is unique because the Cloud API redelivers for days.
        await db.schema
          .createTable('wa_inbound')
          .addColumn('seq', sequenceColumn)
          .addColumn('message_id', 'text', (c) => c.notNull().unique())
          .addColumn('citizen_id', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('event', 'text', (c) => c.notNull())
          .addColumn('processed_at', 'text')
          .execute();
        await db.schema
          .createIndex('wa_inbound_pending')
          .on('wa_inbound')
          .columns(['processed_at', 'citizen_id', 'seq'])
          .execute();

        // One row per citizen: the conversation session and the lease that serialises processing.
        await db.schema
          .createTable('wa_citizens')
          .addColumn('citizen_id', 'text', (c) => c.primaryKey())
          .addColumn('session', 'text')
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('lease_owner', 'text')
          .addColumn('lease_until', 'text')
          .execute();

        await db.schema
          .createTable('wa_outbound')
          .addColumn('id', sequenceColumn)
          .addColumn('citizen_id', 'text', (c) => c.notNull())
          .addColumn('message', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull())
          .addColumn('not_before', 'text', (c) => c.notNull())
          .addColumn('wa_message_id', 'text')
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('wa_outbound_by_state')
          .on('wa_outbound')
          .columns(['state', 'not_before', 'id'])
          .execute();
        await db.schema.createIndex('wa_outbound_by_citizen').on('wa_outbound').columns(['citizen_id', 'id']).execute();
        await db.schema.createIndex('wa_outbound_by_wamid').on('wa_outbound').columns(['wa_message_id']).execute();

        // Delivery callbacks arrive in any order and may repeat; one row per (message, status).
        await db.schema
          .createTable('wa_statuses')
          .addColumn('wa_message_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('timestamp', 'text', (c) => c.notNull())
          .addColumn('recipient_id', 'text', (c) => c.notNull())
          .addColumn('error_code', 'integer')
          .addColumn('error_title', 'text')
          .addPrimaryKeyConstraint('wa_statuses_pk', ['wa_message_id', 'status'])
          .execute();

        await db.schema
          .createTable('media')
          .addColumn('sha256', 'text', (c) => c.primaryKey())
          .addColumn('mime_type', 'text', (c) => c.notNull())
          .addColumn('bytes', binary, (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('feed_cursors')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    '0004-certificates': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        const binary = engine === 'sqlite' ? 'blob' : 'bytea';
        await db.schema
          .createTable('signing_keys')
          .addColumn('kid', 'text', (c) => c.primaryKey())
          .addColumn('issuer', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('document_types', 'text', (c) => c.notNull())
          .addColumn('public_jwk', 'text', (c) => c.notNull())
          .addColumn('status_list_id', 'text', (c) => c.notNull())
          .addColumn('not_before', 'text', (c) => c.notNull())
          .addColumn('not_after', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('signing_keys_by_issuer')
          .on('signing_keys')
          .columns(['issuer', 'not_before'])
          .execute();

        await db.schema
          .createTable('trust_lists')
          .addColumn('seq', 'integer', (c) => c.primaryKey())
          .addColumn('issued_at', 'text', (c) => c.notNull())
          .addColumn('root_kid', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('status_lists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('issuer', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('signed_version', 'integer')
          .addColumn('signed_document', 'text')
          .execute();

        // The unique constraints are what make issuance exactly-once and status indices
        // collision-free across server processes.
        await db.schema
          .createTable('certificates')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('request_id', 'text', (c) => c.notNull().unique())
          .addColumn('number', 'text', (c) => c.notNull().unique())
          .addColumn('status_list_id', 'text', (c) => c.notNull())
          .addColumn('status_index', 'integer', (c) => c.notNull())
          .addColumn('kid', 'text', (c) => c.notNull())
          .addColumn('department_code', 'text', (c) => c.notNull())
          .addColumn('district_code', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text', (c) => c.notNull())
          .addColumn('citizen_key', 'text')
          .addColumn('issued_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .addColumn('document', 'text', (c) => c.notNull())
          .addColumn('qr', 'text', (c) => c.notNull())
          .addColumn('pdf', binary, (c) => c.notNull())
          .addUniqueConstraint('certificates_status_slot', ['status_list_id', 'status_index'])
          .execute();
        await db.schema
          .createIndex('certificates_by_citizen')
          .on('certificates')
          .columns(['citizen_key', 'id'])
          .execute();

        await db.schema
          .createTable('certificate_counters')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'integer', (c) => c.notNull())
          .execute();
      },
    },
    '0005-attachments': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        const binary = engine === 'sqlite' ? 'blob' : 'bytea';
        // Content-addressed: one row per distinct file, whoever sent it (SYNC-ATT-3).
        await db.schema
          .createTable('attachments')
          .addColumn('sha256', 'text', (c) => c.primaryKey())
          .addColumn('mime_type', 'text', (c) => c.notNull())
          .addColumn('size_bytes', 'integer', (c) => c.notNull())
          .addColumn('bytes', binary, (c) => c.notNull())
          .addColumn('uploaded_at', 'text', (c) => c.notNull())
          .addColumn('uploaded_by', 'text', (c) => c.notNull())
          .addColumn('secretariat_code', 'text')
          .addColumn('district_code', 'text')
          .execute();
        // Every jurisdiction that sent the bytes may open them (SYNC-ATT-6).
        await db.schema
          .createTable('attachment_access')
          .addColumn('sha256', 'text', (c) => c.notNull())
          .addColumn('reader', 'text', (c) => c.notNull())
          .addColumn('granted_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('attachment_access_pk', ['sha256', 'reader'])
          .execute();
      },
    },
    '0006-handoffs': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        // "Talk to a person": the staff desk's queue and its conversations.
        await db.schema
          .createTable('handoffs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('citizen_id', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('opened_at', 'text', (c) => c.notNull())
          .addColumn('closed_at', 'text')
          .addColumn('claimed_by', 'text')
          .addColumn('last_message_at', 'text')
          .addColumn('last_message_from', 'text')
          .addColumn('last_message_text', 'text')
          .execute();
        await db.schema
          .createIndex('handoffs_by_citizen')
          .on('handoffs')
          .columns(['citizen_id', 'opened_at'])
          .execute();
        await db.schema.createIndex('handoffs_by_state').on('handoffs').columns(['closed_at', 'opened_at']).execute();
        await db.schema
          .createTable('handoff_messages')
          .addColumn('seq', sequenceColumn)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('handoff_id', 'text', (c) => c.notNull())
          .addColumn('sender', 'text', (c) => c.notNull())
          .addColumn('token_id', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('handoff_messages_by_handoff')
          .on('handoff_messages')
          .columns(['handoff_id', 'seq'])
          .execute();
      },
    },
    '0007-erasure': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        // A citizen who asked for erasure: their row goes once the confirmation is settled.
        await db.schema.alterTable('wa_citizens').addColumn('erased_at', 'text').execute();
      },
    },
  };
}

/** Brings the database to the newest schema; throws with the failing migration's error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, engine: Engine): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(engine)) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
