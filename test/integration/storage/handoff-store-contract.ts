import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffMessage, NewHandoff } from '../../../sync-server/store/handoff-store';
import type { Store } from '../../../sync-server/store/store';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:05:00.000Z';
const T2 = '2026-03-01T10:10:00.000Z';

const handoff = (id: string, citizenId: string, openedAt = T0): NewHandoff => ({
  id,
  citizenId,
  language: 'te',
  topic: 'idle',
  openedAt,
});

const fromCitizen = (id: string, handoffId: string, text: string, at = T1): HandoffMessage => ({
  id,
  handoffId,
  from: 'citizen',
  tokenId: null,
  text,
  at,
});

/** Hand-offs to staff ("talk to a person") on every engine (HandoffStore). */
export function handoffStoreContract(engine: string, openEmptyStore: () => Promise<Store>): void {
  describe(`Hand-off store contract on ${engine}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmptyStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('when a hand-off is opened twice with one id, then it is stored once, open and unclaimed', async () => {
      expect(await store.handoffs.open(handoff('h1', 'c1'))).toBe(true);
      expect(await store.handoffs.open({ ...handoff('h1', 'c1'), topic: 'other', openedAt: T1 })).toBe(false);
      expect(await store.handoffs.get('h1')).toEqual({
        id: 'h1',
        citizenId: 'c1',
        language: 'te',
        topic: 'idle',
        openedAt: T0,
        closedAt: null,
        claimedBy: null,
        lastMessage: null,
      });
      expect(await store.handoffs.get('nope')).toBeUndefined();
    });

    it('when messages are added, then they read back in order, a repeated id adds nothing, and the last one is on the hand-off', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      expect(await store.handoffs.addMessage(fromCitizen('m1', 'h1', 'hello'))).toBe(true);
      expect(await store.handoffs.addMessage(fromCitizen('m1', 'h1', 'hello again'))).toBe(false);
      const reply: HandoffMessage = { id: 'm2', handoffId: 'h1', from: 'staff', tokenId: 'tok_o', text: 'hi', at: T1 };
      expect(await store.handoffs.addMessage(reply)).toBe(true);
      expect(await store.handoffs.messages('h1')).toEqual([fromCitizen('m1', 'h1', 'hello'), reply]);
      const stored = await store.handoffs.get('h1');
      expect(stored?.lastMessage).toEqual({ from: 'staff', text: 'hi', at: T1 });
      expect(stored?.claimedBy).toBe('tok_o');
    });

    it('when a second staff member replies, then the hand-off stays claimed by the first', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      await store.handoffs.addMessage({ id: 'a', handoffId: 'h1', from: 'staff', tokenId: 'tok_a', text: 'x', at: T1 });
      await store.handoffs.addMessage({ id: 'b', handoffId: 'h1', from: 'staff', tokenId: 'tok_b', text: 'y', at: T2 });
      expect((await store.handoffs.get('h1'))?.claimedBy).toBe('tok_a');
    });

    it('when a message names an unknown hand-off, then it is refused and nothing is stored', async () => {
      await expect(store.handoffs.addMessage(fromCitizen('m1', 'ghost', 'hello'))).rejects.toThrow();
      expect(await store.handoffs.messages('ghost')).toEqual([]);
    });

    it('when hand-offs are listed, then the open queue is oldest first and closed ones are apart', async () => {
      await store.handoffs.open(handoff('late', 'c2', T1));
      await store.handoffs.open(handoff('early', 'c1', T0));
      await store.handoffs.open(handoff('done', 'c3', T0));
      expect(await store.handoffs.close('done', T2)).toBe(true);
      expect((await store.handoffs.list('open', 10)).map((h) => h.id)).toEqual(['early', 'late']);
      expect((await store.handoffs.list('open', 1)).map((h) => h.id)).toEqual(['early']);
      expect((await store.handoffs.list('closed', 10)).map((h) => [h.id, h.closedAt])).toEqual([['done', T2]]);
    });

    it('when a hand-off is closed twice or is unknown, then only the first close counts', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      expect(await store.handoffs.close('h1', T1)).toBe(true);
      expect(await store.handoffs.close('h1', T2)).toBe(false);
      expect(await store.handoffs.close('ghost', T2)).toBe(false);
      expect((await store.handoffs.get('h1'))?.closedAt).toBe(T1);
    });

    it('when a citizen asks again, then their latest hand-off is the newest one', async () => {
      await store.handoffs.open(handoff('first', 'c1', T0));
      await store.handoffs.close('first', T1);
      await store.handoffs.open(handoff('second', 'c1', T2));
      await store.handoffs.open(handoff('other', 'c2', T2));
      expect((await store.handoffs.latestOf('c1'))?.id).toBe('second');
      expect(await store.handoffs.latestOf('nobody')).toBeUndefined();
    });
  });
}
