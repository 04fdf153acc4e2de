import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewInbound } from '../../../shared/ports/bot-host-ports';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';
import type { Store } from '../../../sync-server/store/store';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:00:30.000Z';

function inbound(messageId: string, citizenId = '919876543210', event: unknown = { kind: 'message' }): NewInbound {
  return { messageId, citizenId, receivedAt: AT, event };
}

/**
 * On SQLite the bot's writes that arrive together share one transaction and one fsync (a group
 * commit). Each must still behave as if it ran alone: atomic, durable once answered, and never
 * failed or undone by a neighbour.
 */
describe('the bot store on SQLite, when writes arrive together', () => {
  let dataDir: string;
  let store: Store;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'seva-group-commit-'));
    store = await openSqliteStore(dataDir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores each of a burst of webhooks once, counting a redelivery in the same burst once', async () => {
    const burst = Array.from({ length: 50 }, (_, i) => store.bot.addInbound([inbound(`wamid.${i}`, `C${i % 7}`)]));
    const twice = [store.bot.addInbound([inbound('wamid.dup')]), store.bot.addInbound([inbound('wamid.dup')])];
    const added = await Promise.all([...burst, ...twice]);
    expect(added.slice(0, 50)).toEqual(Array.from({ length: 50 }, () => 1));
    expect(added.slice(50).sort()).toEqual([0, 1]);
    const reader = new BetterSqlite3(join(dataDir, 'seva.db'), { readonly: true });
    try {
      // Answered means committed: another connection sees every row.
      expect(reader.prepare('select count(*) as n from wa_inbound').get()).toEqual({ n: 51 });
    } finally {
      reader.close();
    }
  });

  it('fails only the write that failed, undoing all of it, and keeps the others of its group', async () => {
    // 400 events go in one statement; the bad one, in the next, fails after they are written.
    const written = Array.from({ length: 400 }, (_, i) => inbound(`wamid.b${i}`, 'B'));
    const results = await Promise.allSettled([
      store.bot.addInbound([inbound('wamid.a')]),
      store.bot.addInbound([...written, inbound('wamid.bad', 'B', { n: 1n })]),
      store.bot.addInbound([inbound('wamid.c')]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.bot.pendingInbound('919876543210', 10)).map((p) => p.messageId)).toEqual([
      'wamid.a',
      'wamid.c',
    ]);
    expect(await store.bot.pendingInbound('B', 10)).toEqual([]);
  });

  it('gives a lease to one of two owners asking at once', async () => {
    const [one, two] = await Promise.all([
      store.bot.leaseCitizen('A', 'one', AT, LATER),
      store.bot.leaseCitizen('A', 'two', AT, LATER),
    ]);
    expect([one, two]).toEqual([true, false]);
  });

  it('commits one of two turns played at once from the same session, and none of the other', async () => {
    await store.bot.addInbound([inbound('m1', 'A'), inbound('m2', 'A')]);
    const [first, second] = await store.bot.pendingInbound('A', 10);
    if (!first || !second) throw new Error('no inbound');
    const turn = (seq: number, n: number) =>
      store.bot.commitTurn({
        citizenId: 'A',
        inboundSeq: seq,
        session: { n },
        expectedVersion: null,
        outbound: [{ citizenId: 'A', message: { n } }],
        at: AT,
      });
    expect(await Promise.all([turn(first.seq, 1), turn(second.seq, 2)])).toEqual([true, false]);
    expect(await store.bot.loadSession('A')).toMatchObject({ session: { n: 1 }, version: 1 });
    expect((await store.bot.claimOutbound(LATER, 10)).map((o) => o.message)).toEqual([{ n: 1 }]);
    expect((await store.bot.pendingInbound('A', 10)).map((p) => p.messageId)).toEqual(['m2']);
  });
});
