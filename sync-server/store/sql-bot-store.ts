import { sql, type Kysely } from 'kysely';
import type {
  BotStorePort,
  DeliveryStatus,
  InboundRecord,
  NewInbound,
  NewOutbound,
  OutboundRecord,
  StoredSession,
} from '../../shared/ports/bot-host-ports';
import type { Engine } from './migrations';
import type { Database } from './schema';
import { ERASED_CITIZEN, eraseCitizen, finishErasure } from './sql-erasure';
import { insertRows } from './sql/bulk-insert';
import { INSERT_CHUNK } from './sql/change-log';

type OutboundRow = Database['wa_outbound'] & { id: number };

/** How long a send may stay unsettled before it is taken for lost with its process. */
const STALE_SENDING_MS = 5 * 60_000;

function toOutbound(row: OutboundRow): OutboundRecord {
  return {
    id: Number(row.id),
    citizenId: row.citizen_id,
    message: JSON.parse(row.message) as unknown,
    state: row.state as OutboundRecord['state'],
    attempts: row.attempts,
    notBefore: row.not_before,
    waMessageId: row.wa_message_id,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}

/**
 * The bot's storage (BotStorePort) on the same database as everything else, for both
 * engines. Processing is serialised per citizen by a lease on the citizen's row, so several
 * server processes can share the work.
 */
export class SqlBotStore implements BotStorePort {
  private readonly groupCommit: GroupCommit | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {
    // SQLite has one writer and every commit is an fsync (synchronous=FULL), which also holds
    // up the event loop; PostgreSQL writes concurrently and groups its own WAL flushes.
    this.groupCommit = engine === 'sqlite' ? new GroupCommit(db, engine) : undefined;
  }

  /**
   * Runs a write atomically. On SQLite it joins a group commit: the writes asked for in one
   * turn of the event loop share a transaction (each in its own savepoint) and one fsync. On
   * PostgreSQL it runs as before: in a transaction of its own when `atomic`, else as is.
   */
  private write<T>(work: (db: Kysely<Database>) => Promise<T>, atomic = false): Promise<T> {
    if (this.groupCommit) return this.groupCommit.run(work);
    return atomic ? this.db.transaction().execute(work) : work(this.db);
  }

  addInbound(events: readonly NewInbound[]): Promise<number> {
    if (events.length === 0) return Promise.resolve(0);
    let rows: InboundRow[];
    try {
      rows = toInboundRows(events);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (this.groupCommit) return this.groupCommit.addInbound(rows);
    return insertInbound(this.db, this.engine, rows).then((added) => added.size);
  }

  async citizensWithPendingInbound(now: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('wa_inbound as i')
      .leftJoin('wa_citizens as c', 'c.citizen_id', 'i.citizen_id')
      .select(['i.citizen_id', (eb) => eb.fn.min('i.seq').as('first')])
      .where('i.processed_at', 'is', null)
      .where((eb) => eb.or([eb('c.lease_until', 'is', null), eb('c.lease_until', '<', now)]))
      .groupBy('i.citizen_id')
      .orderBy('first')
      .limit(limit)
      .execute();
    return rows.map((row) => row.citizen_id);
  }

  leaseCitizen(citizenId: string, owner: string, now: string, until: string): Promise<boolean> {
    return this.write(async (db) => {
      await db
        .insertInto('wa_citizens')
        .values({ citizen_id: citizenId, session: null, version: 0, lease_owner: null, lease_until: null })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      const result = await db
        .updateTable('wa_citizens')
        .set({ lease_owner: owner, lease_until: until })
        .where('citizen_id', '=', citizenId)
        .where((eb) =>
          eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    });
  }

  async releaseCitizen(citizenId: string, owner: string): Promise<void> {
    await this.write((db) =>
      db
        .updateTable('wa_citizens')
        .set({ lease_owner: null, lease_until: null })
        .where('citizen_id', '=', citizenId)
        .where('lease_owner', '=', owner)
        .execute(),
    );
  }

  async pendingInbound(citizenId: string, limit: number): Promise<InboundRecord[]> {
    const rows = await this.db
      .selectFrom('wa_inbound')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .where('processed_at', 'is', null)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      messageId: row.message_id,
      citizenId: row.citizen_id,
      receivedAt: row.received_at,
      event: JSON.parse(row.event) as unknown,
    }));
  }

  async loadSession(citizenId: string): Promise<StoredSession | undefined> {
    const row = await this.db
      .selectFrom('wa_citizens')
      .select(['session', 'version'])
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    if (!row?.session) return undefined;
    return { citizenId, session: JSON.parse(row.session) as unknown, version: row.version };
  }

  async commitTurn(turn: {
    citizenId: string;
    inboundSeq: number;
    session: unknown;
    expectedVersion: number | null;
    outbound: readonly NewOutbound[];
    at: string;
  }): Promise<boolean> {
    try {
      await this.write(async (trx) => {
        await trx
          .insertInto('wa_citizens')
          .values({ citizen_id: turn.citizenId, session: null, version: 0, lease_owner: null, lease_until: null })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
        // A citizen row with no session is version 0, the version "no session" expects.
        const expected = turn.expectedVersion ?? 0;
        const saved = await trx
          .updateTable('wa_citizens')
          .set({ session: JSON.stringify(turn.session), version: expected + 1 })
          .where('citizen_id', '=', turn.citizenId)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(saved.numUpdatedRows) !== 1) throw new StaleTurn();
        const processed = await trx
          .updateTable('wa_inbound')
          .set({ processed_at: turn.at })
          .where('seq', '=', turn.inboundSeq)
          .where('processed_at', 'is', null)
          .executeTakeFirst();
        if (Number(processed.numUpdatedRows) !== 1) throw new StaleTurn();
        if (turn.outbound.length > 0) {
          await trx
            .insertInto('wa_outbound')
            .values(
              turn.outbound.map((o) => ({
                citizen_id: o.citizenId,
                message: JSON.stringify(o.message),
                state: 'queued',
                attempts: 0,
                not_before: turn.at,
                wa_message_id: null,
                last_error: null,
                created_at: turn.at,
                updated_at: turn.at,
              })),
            )
            .execute();
        }
      }, true);
      return true;
    } catch (error) {
      if (error instanceof StaleTurn) return false;
      throw error;
    }
  }

  async claimOutbound(now: string, limit: number): Promise<OutboundRecord[]> {
    // A message left `sending` by a process that died mid-send may or may not have gone out.
    // It is never resent (a citizen must not get it twice), but it must not hold back the
    // citizen's later messages forever either: after a while it is settled as failed.
    await this.db
      .updateTable('wa_outbound')
      .set({ state: 'failed', last_error: 'outcome unknown: the sending process stopped; not resent' })
      .where('state', '=', 'sending')
      .where('updated_at', '<', new Date(Date.parse(now) - STALE_SENDING_MS).toISOString())
      .execute();
    // Per citizen only the oldest unsent message is due, so a citizen's messages keep their order.
    const candidates = await this.db
      .selectFrom('wa_outbound as o')
      .select('o.id')
      .where('o.state', '=', 'queued')
      .where('o.not_before', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('wa_outbound as p')
              .select(sql`1`.as('one'))
              .whereRef('p.citizen_id', '=', 'o.citizen_id')
              .whereRef('p.id', '<', 'o.id')
              .where('p.state', 'in', ['queued', 'sending']),
          ),
        ),
      )
      .orderBy('o.id')
      .limit(limit)
      .execute();
    if (candidates.length === 0) return [];
    // The state check makes the claim exclusive when several processes pick the same rows.
    const claimed = await this.db
      .updateTable('wa_outbound')
      .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), updated_at: now }))
      .where(
        'id',
        'in',
        candidates.map((c) => Number(c.id)),
      )
      .where('state', '=', 'queued')
      .returningAll()
      .execute();
    return claimed.map((row) => toOutbound(row as OutboundRow)).sort((a, b) => a.id - b.id);
  }

  async settleOutbound(
    id: number,
    outcome:
      | { state: 'sent'; waMessageId: string; at: string }
      | { state: 'queued'; notBefore: string; error: string }
      | { state: 'failed' | 'undeliverable'; error: string },
  ): Promise<void> {
    const update =
      outcome.state === 'sent'
        ? { state: 'sent', wa_message_id: outcome.waMessageId, updated_at: outcome.at }
        : outcome.state === 'queued'
          ? { state: 'queued', not_before: outcome.notBefore, last_error: outcome.error }
          : { state: outcome.state, last_error: outcome.error };
    await this.write(async (db) => {
      const settled = await db
        .updateTable('wa_outbound')
        .set(update)
        .where('id', '=', id)
        .returning('citizen_id')
        .executeTakeFirst();
      // Settling the confirmation of an erasure finishes it.
      if (settled && outcome.state !== 'queued') await finishErasure(db, settled.citizen_id);
    }, true);
  }

  async eraseCitizen(citizenId: string, at: string): Promise<void> {
    await this.write((db) => eraseCitizen(db, citizenId, at), true);
  }

  async recordStatuses(statuses: readonly DeliveryStatus[]): Promise<void> {
    if (statuses.length === 0) return;
    await this.write((db) =>
      db
        .insertInto('wa_statuses')
        .values(
          statuses.map((s) => ({
            wa_message_id: s.waMessageId,
            status: s.status,
            timestamp: s.timestamp,
            recipient_id: s.recipientId,
            error_code: s.errorCode ?? null,
            error_title: s.errorTitle ?? null,
          })),
        )
        .onConflict((conflict) => conflict.doNothing())
        .execute()
        .then(() =>
          // A late callback about a message to an erased citizen must not bring their id back.
          db
            .updateTable('wa_statuses')
            .set({ recipient_id: ERASED_CITIZEN })
            .where(
              'wa_message_id',
              'in',
              db.selectFrom('wa_outbound').select('wa_message_id').where('citizen_id', '=', ERASED_CITIZEN),
            )
            .where(
              'wa_message_id',
              'in',
              statuses.map((s) => s.waMessageId),
            )
            .execute(),
        ),
    );
  }

  async putMedia(file: { sha256: string; mimeType: string; bytes: Uint8Array }): Promise<void> {
    await this.db
      .insertInto('media')
      .values({
        sha256: file.sha256,
        mime_type: file.mimeType,
        bytes: file.bytes,
        created_at: new Date().toISOString(),
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }

  async getCursor(name: string): Promise<number> {
    const row = await this.db.selectFrom('feed_cursors').select('value').where('name', '=', name).executeTakeFirst();
    return Number(row?.value ?? 0);
  }

  async setCursor(name: string, value: number): Promise<void> {
    await this.db
      .insertInto('feed_cursors')
      .values({ name, value })
      .onConflict((conflict) => conflict.column('name').doUpdateSet({ value }))
      .execute();
  }
}

class StaleTurn extends Error {}

type InboundRow = Omit<Database['wa_inbound'], 'seq'>;

/**
 * Stores inbound events, skipping message ids already stored (redeliveries) or repeated among
 * them; returns the ids that were new. One multi-row statement per chunk: a burst of webhooks
 * is hundreds of rows.
 */
async function insertInbound(db: Kysely<Database>, engine: Engine, rows: readonly InboundRow[]): Promise<Set<string>> {
  const added = new Set<string>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await insertRows(
      db,
      engine,
      {
        table: 'wa_inbound',
        columns: ['message_id', 'citizen_id', 'received_at', 'event', 'processed_at'],
        onConflictDoNothing: true,
        returning: 'message_id',
      },
      rows.slice(i, i + INSERT_CHUNK),
    );
    for (const row of inserted) added.add(String(row.message_id));
  }
  return added;
}

/** The rows for inbound events. @throws when an event cannot be serialised (nothing is written). */
function toInboundRows(events: readonly NewInbound[]): InboundRow[] {
  return events.map((e) => ({
    message_id: e.messageId,
    citizen_id: e.citizenId,
    received_at: e.receivedAt,
    event: JSON.stringify(e.event),
    processed_at: null,
  }));
}

interface PendingInbound {
  rows: readonly InboundRow[];
  resolve(added: number): void;
  reject(error: unknown): void;
}

interface PendingWrite {
  work(db: Kysely<Database>): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Writes in one group commit at most; a larger burst takes several. */
const GROUP_LIMIT = 256;

/**
 * Group commit for SQLite. Writes asked for while the event loop is busy are queued and run on
 * its next turn (after the I/O callbacks due by then, so a burst of webhooks lands in one
 * group) in one transaction, each inside its own savepoint: a write that throws is rolled back
 * alone and rejected with its error, the others stay. Every write is settled only after the
 * commit, so a resolved write is durable; if the commit fails, all of them are rejected.
 */
class GroupCommit {
  private readonly queue: PendingWrite[] = [];
  private readonly inbound: PendingInbound[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  run<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * Inbound events join the group as one multi-row insert for all of them, ahead of the other
   * writes: an insert that skips duplicates cannot fail for one caller alone, so it needs no
   * savepoint each (the rows were serialised by then, so one caller's bad event never reaches
   * it). Each caller learns how many of its own events were new; an id sent twice
   * in one group counts for the first caller.
   */
  addInbound(rows: readonly InboundRow[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.inbound.push({ rows, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 || this.inbound.length > 0) {
        const group = this.queue.splice(0, GROUP_LIMIT);
        const arrivals = this.inbound.splice(0, this.inbound.length);
        const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
        let added = new Set<string>();
        try {
          await this.db.transaction().execute(async (trx) => {
            if (arrivals.length > 0) {
              added = await insertInbound(
                trx,
                this.engine,
                arrivals.flatMap((arrival) => arrival.rows),
              );
            }
            for (const write of group) {
              await sql`savepoint group_write`.execute(trx);
              try {
                outcomes.push({ ok: true, value: await write.work(trx) });
              } catch (error) {
                await sql`rollback to savepoint group_write`.execute(trx);
                outcomes.push({ ok: false, error });
              }
              await sql`release savepoint group_write`.execute(trx);
            }
          });
        } catch (error) {
          for (const write of group) write.reject(error);
          for (const arrival of arrivals) arrival.reject(error);
          continue;
        }
        for (const arrival of arrivals) {
          let count = 0;
          for (const row of arrival.rows) if (added.delete(row.message_id)) count += 1;
          arrival.resolve(count);
        }
        group.forEach((write, index) => {
          const outcome = outcomes[index];
          if (outcome?.ok) write.resolve(outcome.value);
          else write.reject(outcome?.error);
        });
      }
    } finally {
      this.scheduled = false;
    }
  }
}
