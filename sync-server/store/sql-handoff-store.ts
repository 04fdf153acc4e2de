import type { Kysely, Selectable } from 'kysely';
import type {
  HandoffMessage,
  HandoffRecord,
  HandoffSender,
  HandoffState,
  HandoffStore,
  NewHandoff,
} from './handoff-store';
import type { Database } from './schema';

/** Only this store writes the sender column, from a checked type. */
const asSender = (value: string) => value as HandoffSender;

function toRecord(row: Selectable<Database['handoffs']>): HandoffRecord {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    language: row.language,
    topic: row.topic,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    claimedBy: row.claimed_by,
    lastMessage:
      row.last_message_at !== null && row.last_message_from !== null && row.last_message_text !== null
        ? { from: asSender(row.last_message_from), text: row.last_message_text, at: row.last_message_at }
        : null,
  };
}

/** Hand-offs to staff on either engine (HandoffStore). */
export class SqlHandoffStore implements HandoffStore {
  constructor(private readonly db: Kysely<Database>) {}

  async open(handoff: NewHandoff): Promise<boolean> {
    const inserted = await this.db
      .insertInto('handoffs')
      .values({
        id: handoff.id,
        citizen_id: handoff.citizenId,
        language: handoff.language,
        topic: handoff.topic,
        opened_at: handoff.openedAt,
        closed_at: null,
        claimed_by: null,
        last_message_at: null,
        last_message_from: null,
        last_message_text: null,
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .execute();
    return inserted.length > 0;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const row = await this.db.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async latestOf(citizenId: string): Promise<HandoffRecord | undefined> {
    const row = await this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(state: HandoffState, limit: number): Promise<HandoffRecord[]> {
    const query = this.db.selectFrom('handoffs').selectAll();
    const rows =
      state === 'open'
        ? await query.where('closed_at', 'is', null).orderBy('opened_at').orderBy('id').limit(limit).execute()
        : await query
            .where('closed_at', 'is not', null)
            .orderBy('closed_at', 'desc')
            .orderBy('id', 'desc')
            .limit(limit)
            .execute();
    return rows.map(toRecord);
  }

  async addMessage(message: HandoffMessage): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('handoff_messages')
        .values({
          id: message.id,
          handoff_id: message.handoffId,
          sender: message.from,
          token_id: message.tokenId,
          text: message.text,
          at: message.at,
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .execute();
      if (inserted.length === 0) return false;
      const updated = await trx
        .updateTable('handoffs')
        .set((eb) => ({
          last_message_at: message.at,
          last_message_from: message.from,
          last_message_text: message.text,
          claimed_by:
            message.from === 'staff' ? eb.fn.coalesce('claimed_by', eb.val(message.tokenId)) : eb.ref('claimed_by'),
        }))
        .where('id', '=', message.handoffId)
        .executeTakeFirst();
      // Rolls the message back with it: a message belongs to a stored hand-off.
      if (Number(updated.numUpdatedRows) === 0) throw new Error(`there is no hand-off ${message.handoffId}`);
      return true;
    });
  }

  async messages(handoffId: string): Promise<HandoffMessage[]> {
    const rows = await this.db
      .selectFrom('handoff_messages')
      .select(['id', 'handoff_id', 'sender', 'token_id', 'text', 'at'])
      .where('handoff_id', '=', handoffId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      handoffId: row.handoff_id,
      from: asSender(row.sender),
      tokenId: row.token_id,
      text: row.text,
      at: row.at,
    }));
  }

  async close(id: string, at: string): Promise<boolean> {
    const updated = await this.db
      .updateTable('handoffs')
      .set({ closed_at: at })
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }
}
