import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewInbound } from '../../../shared/ports/bot-host-ports';
import type { Database } from '../../../sync-server/store/schema';
import type { Store } from '../../../sync-server/store/store';
import { makeGrievance, makeRequest } from '../../fixtures/requests';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:00:30.000Z';
const T2 = '2026-03-01T10:01:00.000Z';

function inbound(messageId: string, citizenId = '919876543210'): NewInbound {
  return { messageId, citizenId, receivedAt: T0, event: { kind: 'message', text: messageId } };
}

/** The WhatsApp bot's storage, on every engine (BotStorePort). */
export function botStoreContract(engine: string, openEmptyStore: () => Promise<Store>): void {
  describe(`Bot store contract on ${engine}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmptyStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a redelivered webhook message once', async () => {
      expect(await store.bot.addInbound([inbound('wamid.1')])).toBe(1);
      expect(await store.bot.addInbound([inbound('wamid.1'), inbound('wamid.1')])).toBe(0);
      expect(await store.bot.pendingInbound('919876543210', 10)).toHaveLength(1);
    });

    it('lists citizens with pending messages, oldest first, skipping those leased by someone else', async () => {
      await store.bot.addInbound([inbound('a1', 'A'), inbound('b1', 'B'), inbound('a2', 'A'), inbound('c1', 'C')]);
      expect(await store.bot.citizensWithPendingInbound(T0, 10)).toEqual(['A', 'B', 'C']);
      expect(await store.bot.leaseCitizen('B', 'worker-1', T0, T1)).toBe(true);
      expect(await store.bot.citizensWithPendingInbound(T0, 10)).toEqual(['A', 'C']);
      expect(await store.bot.citizensWithPendingInbound(T2, 10)).toEqual(['A', 'B', 'C']);
    });

    it('gives a citizen lease to one owner at a time until it expires or is released', async () => {
      expect(await store.bot.leaseCitizen('A', 'one', T0, T1)).toBe(true);
      expect(await store.bot.leaseCitizen('A', 'two', T0, T1)).toBe(false);
      expect(await store.bot.leaseCitizen('A', 'one', T0, T2)).toBe(true);
      expect(await store.bot.leaseCitizen('A', 'two', '2026-03-01T10:01:00.001Z', '2026-03-01T10:02:00.000Z')).toBe(
        true,
      );
      await store.bot.releaseCitizen('A', 'two');
      expect(await store.bot.leaseCitizen('A', 'one', T0, T1)).toBe(true);
    });

    it('commits a turn atomically: the session, the replies in order and the message marked processed', async () => {
      await store.bot.addInbound([inbound('m1', 'A')]);
      const [pending] = await store.bot.pendingInbound('A', 10);
      if (!pending) throw new Error('no inbound');
      const outbound = [
        { citizenId: 'A', message: { n: 1 } },
        { citizenId: 'A', message: { n: 2 } },
      ];
      expect(
        await store.bot.commitTurn({
          citizenId: 'A',
          inboundSeq: pending.seq,
          session: { s: 1 },
          expectedVersion: null,
          outbound,
          at: T0,
        }),
      ).toBe(true);
      expect(await store.bot.loadSession('A')).toEqual({ citizenId: 'A', session: { s: 1 }, version: 1 });
      expect(await store.bot.pendingInbound('A', 10)).toEqual([]);
      const claimed = await store.bot.claimOutbound(T0, 10);
      expect(claimed.map((m) => m.message)).toEqual([{ n: 1 }]);
    });

    it('refuses a turn computed from a stale session, writing nothing', async () => {
      await store.bot.addInbound([inbound('m1', 'A'), inbound('m2', 'A')]);
      const [first, second] = await store.bot.pendingInbound('A', 10);
      if (!first || !second) throw new Error('no inbound');
      await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: first.seq,
        session: { s: 1 },
        expectedVersion: null,
        outbound: [],
        at: T0,
      });
      const stale = await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: second.seq,
        session: { s: 'stale' },
        expectedVersion: null,
        outbound: [{ citizenId: 'A', message: { lost: true } }],
        at: T0,
      });
      expect(stale).toBe(false);
      expect((await store.bot.loadSession('A'))?.session).toEqual({ s: 1 });
      expect(await store.bot.pendingInbound('A', 10)).toHaveLength(1);
      expect(await store.bot.claimOutbound(T0, 10)).toEqual([]);
      const again = await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: first.seq,
        session: { s: 2 },
        expectedVersion: 1,
        outbound: [],
        at: T0,
      });
      expect(again).toBe(false);
    });

    it('claims only the oldest unsent message per citizen, and never the same message twice', async () => {
      await store.bot.addInbound([inbound('a', 'A'), inbound('b', 'B')]);
      const [a] = await store.bot.pendingInbound('A', 1);
      const [b] = await store.bot.pendingInbound('B', 1);
      if (!a || !b) throw new Error('no inbound');
      const two = [1, 2].map((n) => ({ citizenId: 'A', message: { n } }));
      await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: a.seq,
        session: {},
        expectedVersion: null,
        outbound: two,
        at: T0,
      });
      await store.bot.commitTurn({
        citizenId: 'B',
        inboundSeq: b.seq,
        session: {},
        expectedVersion: null,
        outbound: [{ citizenId: 'B', message: { n: 1 } }],
        at: T0,
      });

      const [first, second] = await Promise.all([store.bot.claimOutbound(T0, 10), store.bot.claimOutbound(T0, 10)]);
      const claimed = [...(first ?? []), ...(second ?? [])];
      expect(claimed.map((m) => `${m.citizenId}${JSON.stringify(m.message)}`).sort()).toEqual(['A{"n":1}', 'B{"n":1}']);
      expect(claimed.every((m) => m.state === 'sending' && m.attempts === 1)).toBe(true);

      const aFirst = claimed.find((m) => m.citizenId === 'A');
      if (!aFirst) throw new Error('A not claimed');
      expect(await store.bot.claimOutbound(T0, 10)).toEqual([]);
      await store.bot.settleOutbound(aFirst.id, { state: 'sent', waMessageId: 'wamid.out.1', at: T0 });
      expect((await store.bot.claimOutbound(T0, 10)).map((m) => m.message)).toEqual([{ n: 2 }]);
    });

    it('holds a message set back for retry until its time comes', async () => {
      await store.bot.addInbound([inbound('a', 'A')]);
      const [a] = await store.bot.pendingInbound('A', 1);
      if (!a) throw new Error('no inbound');
      await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: a.seq,
        session: {},
        expectedVersion: null,
        outbound: [{ citizenId: 'A', message: {} }],
        at: T0,
      });
      const [claimed] = await store.bot.claimOutbound(T0, 1);
      if (!claimed) throw new Error('not claimed');
      await store.bot.settleOutbound(claimed.id, { state: 'queued', notBefore: T2, error: 'throttled (130429)' });
      expect(await store.bot.claimOutbound(T1, 1)).toEqual([]);
      const [retry] = await store.bot.claimOutbound(T2, 1);
      expect(retry).toMatchObject({ id: claimed.id, attempts: 2, lastError: 'throttled (130429)' });
    });

    it('settles a message left sending by a dead process as failed, unblocking the citizen, and never resends it', async () => {
      await store.bot.addInbound([inbound('a', 'A')]);
      const [a] = await store.bot.pendingInbound('A', 1);
      if (!a) throw new Error('no inbound');
      const two = [1, 2].map((n) => ({ citizenId: 'A', message: { n } }));
      await store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: a.seq,
        session: {},
        expectedVersion: null,
        outbound: two,
        at: T0,
      });
      const [stuck] = await store.bot.claimOutbound(T0, 10);
      expect(stuck?.message).toEqual({ n: 1 });
      expect(await store.bot.claimOutbound(T2, 10)).toEqual([]);
      const later = await store.bot.claimOutbound('2026-03-01T10:06:00.000Z', 10);
      expect(later.map((m) => m.message)).toEqual([{ n: 2 }]);
    });

    it('when a citizen is erased, then their bot rows, draft media and contact go, and what they filed stays', async () => {
      const citizen = '919800000001';
      const draft = 'a'.repeat(64);
      const attached = 'b'.repeat(64);
      const actor = { role: 'citizen' as const, id: citizen };
      const request = makeRequest({ channel: 'whatsapp', contact: { whatsappId: citizen } });
      const filed = {
        ...request,
        history: request.history.map((entry) => ({ ...entry, actor })),
        applicant: { ...request.applicant, photo: { sha256: attached, mimeType: 'image/jpeg', sizeBytes: 3 } },
      };
      const other = makeRequest({ channel: 'whatsapp', contact: { whatsappId: '919800000002' } });
      await store.insertRequests([filed, other]);
      const grievance = makeGrievance({ channel: 'whatsapp', contact: { whatsappId: citizen } });
      expect(await store.insertGrievance(grievance)).toBe(true);
      for (const sha256 of [draft, attached])
        await store.bot.putMedia({ sha256, mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) });

      // Two turns: the first leaves a sent message, the second is the one asking for erasure.
      await store.bot.addInbound([inbound('e1', citizen)]);
      const [first] = await store.bot.pendingInbound(citizen, 10);
      if (!first) throw new Error('no inbound');
      const session = { draft: { photo: { sha256: draft } } };
      const queued = [{ citizenId: citizen, message: { text: 'hello' } }];
      const turn = {
        citizenId: citizen,
        inboundSeq: first.seq,
        session,
        expectedVersion: null,
        outbound: queued,
        at: T0,
      };
      await store.bot.commitTurn(turn);
      const [sent] = await store.bot.claimOutbound(T0, 10);
      if (!sent) throw new Error('nothing to send');
      await store.bot.settleOutbound(sent.id, { state: 'sent', waMessageId: 'wamid.out1', at: T0 });
      await store.bot.recordStatuses([
        { waMessageId: 'wamid.out1', status: 'read', timestamp: T0, recipientId: citizen },
      ]);
      await store.bot.addInbound([inbound('e2', citizen)]);
      const [asking] = await store.bot.pendingInbound(citizen, 10);
      if (!asking) throw new Error('no inbound');

      await store.bot.eraseCitizen(citizen, T1);
      await store.bot.eraseCitizen(citizen, T1);

      // The asking turn commits a fresh session and the confirmation, which is the only thing sent.
      const confirmation = [{ citizenId: citizen, message: { text: 'erased' } }];
      const committed = await store.bot.commitTurn({
        ...turn,
        inboundSeq: asking.seq,
        session: { fresh: true },
        expectedVersion: 1,
        outbound: confirmation,
        at: T1,
      });
      expect(committed).toBe(true);
      const due = await store.bot.claimOutbound(T2, 10);
      expect(due.map((m) => m.message)).toEqual([{ text: 'erased' }]);
      expect(await store.bot.loadSession(citizen)).toMatchObject({ session: { fresh: true } });
      const [confirmed] = due;
      if (!confirmed) throw new Error('no confirmation');
      await store.bot.settleOutbound(confirmed.id, { state: 'sent', waMessageId: 'wamid.out2', at: T2 });
      await store.bot.recordStatuses([
        { waMessageId: 'wamid.out2', status: 'read', timestamp: T2, recipientId: citizen },
      ]);

      expect(await store.bot.loadSession(citizen)).toBeUndefined();
      expect(await store.bot.pendingInbound(citizen, 10)).toEqual([]);
      expect(await store.bot.addInbound([inbound('e1', citizen)])).toBe(0);
      expect(await store.bot.claimOutbound(T2, 10)).toEqual([]);
      // No port reads these tables whole: the check looks at the rows themselves.
      const { db } = store as unknown as { db: Kysely<Database> };
      const mentions = await Promise.all([
        db.selectFrom('wa_citizens').select('citizen_id').where('citizen_id', '=', citizen).execute(),
        db.selectFrom('wa_inbound').select('seq').where('citizen_id', '=', citizen).execute(),
        db.selectFrom('wa_outbound').select('id').where('citizen_id', '=', citizen).execute(),
        db.selectFrom('wa_statuses').select('status').where('recipient_id', '=', citizen).execute(),
        db.selectFrom('media').select('sha256').where('sha256', '=', draft).execute(),
      ]);
      expect(mentions.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0]);
      expect(await db.selectFrom('media').select('sha256').where('sha256', '=', attached).execute()).toHaveLength(1);

      const kept = await store.getRequest(filed.id);
      expect(kept?.status).toBe(filed.status);
      expect(kept?.contact).toBeUndefined();
      expect(JSON.stringify(kept)).not.toContain(citizen);
      expect(JSON.stringify(await store.getRequestAtVersion(filed.id, 1))).not.toContain(citizen);
      expect(await store.listRequestsByCitizen(citizen, 10)).toEqual([]);
      const [keptGrievance] = await store.getGrievances([grievance.id]);
      expect(keptGrievance?.contact).toBeUndefined();
      expect((await store.getRequest(other.id))?.contact).toEqual({ whatsappId: '919800000002' });
      const changes = await store.readChanges({ after: 0, limit: 100, scope: { kind: 'all' } });
      expect(JSON.stringify(changes)).not.toContain(citizen);
    });

    it('records delivery statuses once each, in any order', async () => {
      const status = { waMessageId: 'wamid.x', status: 'read' as const, timestamp: T1, recipientId: 'A' };
      await store.bot.recordStatuses([status, { ...status, status: 'delivered', timestamp: T0 }]);
      await store.bot.recordStatuses([status]);
    });

    it('keeps media by content hash and feed cursors by name', async () => {
      const file = { sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) };
      await store.bot.putMedia(file);
      await store.bot.putMedia(file);
      expect(await store.bot.getCursor('status-changes')).toBe(0);
      await store.bot.setCursor('status-changes', 42);
      await store.bot.setCursor('status-changes', 43);
      expect(await store.bot.getCursor('status-changes')).toBe(43);
    });
  });
}
