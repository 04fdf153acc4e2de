import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The DPDP Act erasure of one WhatsApp citizen (bot/README.md, "Erasure"), inside the caller's
 * transaction. Idempotent: a second run finds nothing left to change.
 *
 * Filed applications and grievances are public records the department keeps: only the WhatsApp
 * contact and the citizen's id as actor are taken out of them (and out of their change-log
 * entries), so they no longer lead back to the number. Certificates stay, unlinked.
 */

/** What an erased citizen id is replaced with where a row must stay (redelivery dedupe, statuses). */
export const ERASED_CITIZEN = 'erased';

const SHA256 = /[0-9a-f]{64}/g;

/** A record document without the citizen's contact and with their id gone from its actors. */
function scrubDocument(json: string, citizenId: string): string {
  const record = JSON.parse(json) as {
    contact?: { whatsappId?: string };
    history?: Array<{ actor?: { id?: string } }>;
  };
  if (record.contact?.whatsappId === citizenId) delete record.contact;
  for (const entry of record.history ?? []) if (entry.actor?.id === citizenId) delete entry.actor.id;
  return JSON.stringify(record);
}

/** The citizen's requests and grievances, kept, without their WhatsApp contact. */
async function unlinkRecords(db: Kysely<Database>, citizenId: string): Promise<void> {
  const needle = `%${JSON.stringify(citizenId).slice(1, -1)}%`;
  const requests = await db
    .selectFrom('requests')
    .select(['id', 'document'])
    .where((eb) => eb.or([eb('citizen_key', '=', citizenId), eb('document', 'like', needle)]))
    .execute();
  for (const row of requests) {
    await db
      .updateTable('requests')
      .set({ document: scrubDocument(row.document, citizenId), citizen_key: null })
      .where('id', '=', row.id)
      .execute();
  }
  const grievances = await db
    .selectFrom('grievances')
    .select(['id', 'document'])
    .where('document', 'like', needle)
    .execute();
  for (const row of grievances) {
    await db
      .updateTable('grievances')
      .set({ document: scrubDocument(row.document, citizenId) })
      .where('id', '=', row.id)
      .execute();
  }
  const ids = [...requests, ...grievances].map((row) => row.id);
  if (ids.length > 0) {
    const changes = await db
      .selectFrom('change_log')
      .select(['seq', 'data'])
      .where('entity', 'in', ['request', 'grievance'])
      .where('entity_id', 'in', ids)
      .where('data', 'like', needle)
      .execute();
    for (const change of changes) {
      await db
        .updateTable('change_log')
        .set({ data: scrubDocument(change.data, citizenId) })
        .where('seq', '=', change.seq)
        .execute();
    }
  }
  await db.updateTable('certificates').set({ citizen_key: null }).where('citizen_key', '=', citizenId).execute();
}

/** Files the citizen sent for answers not (yet) filed: those their session still points to. */
async function dropDraftMedia(db: Kysely<Database>, session: string | null): Promise<void> {
  const hashes = [...new Set(session?.match(SHA256) ?? [])];
  for (const sha256 of hashes) {
    const needle = `%${sha256}%`;
    const filed = await db
      .selectFrom('requests')
      .select('id')
      .where('document', 'like', needle)
      .union(db.selectFrom('grievances').select('id').where('document', 'like', needle))
      .executeTakeFirst();
    if (!filed) await db.deleteFrom('media').where('sha256', '=', sha256).execute();
  }
}

/**
 * Phase one, run by the turn that asked: everything of the citizen's goes except the session
 * (that turn replaces it with a fresh one when it commits, so a crash before then replays the
 * erasure) and the row of the message being processed. Messages not yet sent are dropped:
 * after this only the confirmation goes out. The row is marked, so that settling the
 * confirmation finishes the work (`finishErasure`).
 */
export async function eraseCitizen(db: Kysely<Database>, citizenId: string, at: string): Promise<void> {
  const citizen = await db
    .selectFrom('wa_citizens')
    .select('session')
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
  await dropDraftMedia(db, citizen?.session ?? null);
  await unlinkRecords(db, citizenId);
  await forgetMessages(db, citizenId);
  // Their conversations with staff ("talk to a person") are theirs too.
  await db
    .deleteFrom('handoff_messages')
    .where('handoff_id', 'in', db.selectFrom('handoffs').select('id').where('citizen_id', '=', citizenId))
    .execute();
  await db.deleteFrom('handoffs').where('citizen_id', '=', citizenId).execute();
  if (citizen) await db.updateTable('wa_citizens').set({ erased_at: at }).where('citizen_id', '=', citizenId).execute();
}

/**
 * The citizen's messages: unsent ones dropped, sent ones and processed inbound ones kept only
 * as ids (inbound ids still recognise a redelivered webhook; outbound ids still match late
 * status callbacks), statuses unlinked.
 */
async function forgetMessages(db: Kysely<Database>, citizenId: string): Promise<void> {
  await db
    .deleteFrom('wa_outbound')
    .where('citizen_id', '=', citizenId)
    .where('state', 'in', ['queued', 'sending'])
    .execute();
  await db
    .updateTable('wa_outbound')
    .set({ citizen_id: ERASED_CITIZEN, message: 'null', last_error: null })
    .where('citizen_id', '=', citizenId)
    .execute();
  await db
    .updateTable('wa_inbound')
    .set({ citizen_id: ERASED_CITIZEN, event: 'null' })
    .where('citizen_id', '=', citizenId)
    .where('processed_at', 'is not', null)
    .execute();
  await db
    .updateTable('wa_statuses')
    .set({ recipient_id: ERASED_CITIZEN })
    .where('recipient_id', '=', citizenId)
    .execute();
}

/**
 * Phase two, when a message to a citizen marked erased is settled (the confirmation): once
 * nothing more is queued for them, their messages are forgotten and, unless they have written
 * again meanwhile, their row (session, opt-in state, id) goes too.
 */
export async function finishErasure(db: Kysely<Database>, citizenId: string): Promise<void> {
  const citizen = await db
    .selectFrom('wa_citizens')
    .select('erased_at')
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
  if (!citizen?.erased_at) return;
  const unsent = await db
    .selectFrom('wa_outbound')
    .select('id')
    .where('citizen_id', '=', citizenId)
    .where('state', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  if (unsent) return;
  await forgetMessages(db, citizenId);
  const pending = await db
    .selectFrom('wa_inbound')
    .select('seq')
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
  // A citizen who wrote again after erasing keeps the new conversation they started.
  if (pending)
    await db.updateTable('wa_citizens').set({ erased_at: null }).where('citizen_id', '=', citizenId).execute();
  else await db.deleteFrom('wa_citizens').where('citizen_id', '=', citizenId).execute();
}
