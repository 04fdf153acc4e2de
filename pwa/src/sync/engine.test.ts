import { beforeEach, describe, expect, it } from 'vitest';
import { setMeta, getMeta, type SevaDb } from '../db/seva-db';
import { fakeDb } from '../testing/fake-db';
import { FakeServer } from '../testing/fake-server';
import { ENROLLMENT, queueApplications } from '../testing/queue-fixtures';
import { claimBatch } from './claim-batch';
import { runSync } from './engine';
import type { EngineDeps } from './engine-deps';
import type { SyncEvent } from './sync-api';

let db: SevaDb;
let server: FakeServer;
let events: SyncEvent[];
let deps: EngineDeps;

beforeEach(async () => {
  db = fakeDb();
  server = new FakeServer();
  events = [];
  deps = { db, fetch: server.fetch, now: () => new Date('2026-01-15T06:00:00Z'), emit: (e) => events.push(e) };
  await setMeta(db, 'enrollment', ENROLLMENT);
  await db.catalog.put({ rev: 1, publishedAt: '2026-01-01T00:00:00.000Z', departments: [] });
});

const pushes = () => server.requests.filter((r) => r.path === '/api/sync/push');
const pushedSeqs = () => pushes().map((r) => (r.body as { mutations: { seq: number }[] }).mutations.map((m) => m.seq));

describe('sync engine: push', () => {
  it('SYNC-PUSH-1 when 450 mutations are queued, then they go in seq order in batches of at most 200, gzipped', async () => {
    await queueApplications(db, 450);
    expect(await runSync(deps)).toEqual({ kind: 'synced', pushed: 450, pulled: 450 });
    const batches = pushedSeqs();
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(batches.flat()).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(pushes()[0]?.headers['Content-Encoding']).toBe('gzip');
    expect(pushes()[0]?.headers.Authorization).toBe('Bearer token-abc');
    expect(await db.outbox.count()).toBe(0);
  });

  it('SYNC-PUSH-1 when batches are prepared ahead, then still only one push is on the wire at a time and each follows a settled answer', async () => {
    await queueApplications(db, 650);
    let open = 0;
    let most = 0;
    const answer = server.fetch;
    deps.fetch = async (input, init) => {
      most = Math.max(most, ++open);
      // The server takes a while, so the worker prepares (and writes) while it waits.
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        return await answer(input, init);
      } finally {
        open -= 1;
      }
    };
    expect(await runSync(deps)).toMatchObject({ kind: 'synced', pushed: 650 });
    expect(most).toBe(1);
    expect(pushedSeqs().flat()).toEqual(Array.from({ length: 650 }, (_, i) => i + 1));
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'inFlight')).toBeUndefined();
    expect(events.filter((e) => e.type === 'push-progress').at(-1)).toEqual({
      type: 'push-progress',
      sent: 650,
      total: 650,
    });
  });

  it('SYNC-PUSH-2 when the answer is lost while the next batch was prepared, then that batch is dropped and everything goes again in order', async () => {
    await queueApplications(db, 300);
    let drop = true;
    server.intercept = (request) => {
      if (request.path !== '/api/sync/push' || !drop) return undefined;
      drop = false;
      void server.fetch(request.path, { method: 'POST', headers: {}, body: JSON.stringify(request.body) });
      throw new TypeError('Failed to fetch');
    };
    expect((await runSync(deps)).kind).toBe('retry');
    // Only the batch that was on the wire counts as sent; the one prepared behind it never left.
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.filter((r) => r.attempts === 1).map((r) => r.seq)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(await getMeta(db, 'inFlight')).toBeUndefined();
    expect((await runSync(deps)).kind).toBe('synced');
    // The retry: the lost batch again (answered duplicate), then the rest.
    expect(
      pushedSeqs()
        .slice(-2)
        .map((b) => [b[0], b.at(-1)]),
    ).toEqual([
      [1, 200],
      [201, 300],
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(server.lastSeq).toBe(300);
  });

  it('SYNC-PUSH-2 when the worker died with a push on the wire, then the next run sends it again and nothing is applied twice', async () => {
    await queueApplications(db, 3);
    // A run claimed the batch and the server committed it; the worker died before the answer.
    await claimBatch(db, () => undefined, new Date());
    await server.fetch('/api/sync/push', {
      method: 'POST',
      headers: {},
      body: JSON.stringify({ mutations: (await db.outbox.toArray()).map((r) => r.mutation) }),
    });
    expect(await runSync(deps)).toMatchObject({ kind: 'synced', pushed: 3 });
    expect(server.changes.filter((c) => c.version === 1)).toHaveLength(3);
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'inFlight')).toBeUndefined();
  });

  it('SYNC-CLIENT-4 when results are applied, rejected and in conflict, then only the applied one leaves the outbox', async () => {
    const [applied, rejected, conflicted] = await queueApplications(db, 3);
    server.decide = (m, s) => {
      if (m.requestId === rejected)
        return {
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'rejected',
          reason: 'validation_failed',
          message: 'bad',
        };
      if (m.requestId === conflicted)
        return {
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'conflict',
          server: { version: 4 },
          fields: ['a'],
          message: 'changed',
        };
      return s.apply(m);
    };
    await runSync(deps);
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => [r.requestId, r.state.kind])).toEqual([
      [rejected, 'rejected'],
      [conflicted, 'conflict'],
    ]);
    expect(rows[0]?.state).toMatchObject({ reason: 'validation_failed', message: 'bad' });
    expect(rows[1]?.state).toMatchObject({ server: { version: 4 }, fields: ['a'] });
    expect((await db.sent.toArray()).map((s) => s.requestId)).toEqual([applied]);

    // SYNC-SEQ-3: processed rows are not sent again; the next run has nothing to push.
    const before = pushes().length;
    await runSync(deps);
    expect(pushes().length).toBe(before);
  });

  it('SYNC-PUSH-2 when the answer to a push was lost, then the replay is answered duplicate and the rows are acknowledged', async () => {
    await queueApplications(db, 2);
    let drop = true;
    server.intercept = (request) => {
      if (request.path !== '/api/sync/push' || !drop) return undefined;
      drop = false;
      // The server commits, then the connection drops before the answer arrives.
      void server.fetch(request.path, { method: 'POST', headers: {}, body: JSON.stringify(request.body) });
      throw new TypeError('Failed to fetch');
    };
    expect((await runSync(deps)).kind).toBe('retry');
    const waiting = await db.outbox.toArray();
    expect(waiting.map((r) => [r.state.kind, r.attempts])).toEqual([
      ['queued', 1],
      ['queued', 1],
    ]);
    expect((await runSync(deps)).kind).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    expect(server.lastSeq).toBe(2);
  });

  it('SYNC-SEQ-2 when the server stops at a gap, then the client resends from the expected seq', async () => {
    await queueApplications(db, 3);
    server.lastSeq = 0;
    // The server lost seq 1..2 (restored from a backup, say) and the device resent only 3 before.
    await db.outbox.update(1, { state: { kind: 'rejected', reason: 'validation_failed', message: 'x' } });
    await db.outbox.update(2, { state: { kind: 'rejected', reason: 'validation_failed', message: 'x' } });
    await runSync(deps);
    expect(pushedSeqs()).toEqual([[3], [1, 2, 3]]);
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'resendFrom')).toBeUndefined();
  });

  it('SYNC-SEQ-2 when the expected seq is no longer on the device, then sync stops with a sequence gap', async () => {
    await queueApplications(db, 3);
    await db.outbox.delete(1);
    const result = await runSync(deps);
    expect(result).toMatchObject({ kind: 'blocked', problem: 'sequence_gap' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('SYNC-CLIENT-2 when the token is refused, then the queue is kept and the agent is asked to enroll again', async () => {
    await queueApplications(db, 2);
    server.intercept = () =>
      new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'revoked' } }), { status: 401 });
    expect(await runSync(deps)).toMatchObject({ kind: 'blocked', problem: 'needs_enrollment' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('SYNC-CLIENT-3 when the protocol does not match, then the queue is kept and the agent is asked to update', async () => {
    await queueApplications(db, 1);
    server.intercept = () =>
      new Response(JSON.stringify({ error: { code: 'protocol_mismatch', message: 'v2 only' } }), { status: 409 });
    expect(await runSync(deps)).toMatchObject({ kind: 'blocked', problem: 'needs_update' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('SYNC-CLIENT-1 when the server fails with 5xx, then the run asks for a retry and nothing is lost', async () => {
    await queueApplications(db, 1);
    server.intercept = () => new Response('{}', { status: 503 });
    expect((await runSync(deps)).kind).toBe('retry');
    expect(await db.outbox.count()).toBe(1);
  });

  it('when a queued row does not match the protocol, then it is marked and nothing after it is sent', async () => {
    await queueApplications(db, 3);
    const row = await db.outbox.get(2);
    if (row) await db.outbox.put({ ...row, mutation: { ...row.mutation, requestId: 'not-a-uuid' } });
    await runSync(deps);
    expect(pushedSeqs()).toEqual([[1]]);
    expect((await db.outbox.get(2))?.state).toMatchObject({ kind: 'rejected', reason: 'invalid_local' });
    expect((await db.outbox.get(3))?.state.kind).toBe('queued');
  });
});

describe('sync engine: pull and catalog', () => {
  it('SYNC-PULL-1 when there are more changes than a page, then it follows the cursor to the end and stores it', async () => {
    for (let i = 0; i < 1200; i += 1)
      server.log(`0190a3c2-0000-7aaa-8bbb-${String(i).padStart(12, '0')}`, 1, { status: 'received' });
    const result = await runSync(deps);
    expect(result).toEqual({ kind: 'synced', pushed: 0, pulled: 1200 });
    expect(await db.requests.count()).toBe(1200);
    expect(await getMeta(db, 'pullCursor')).toBe(1200);
    // Pages of 1,000 (SYNC-PULL-2's largest): two requests.
    expect(server.requests.filter((r) => r.path.startsWith('/api/sync/pull')).length).toBe(2);
  });

  it('SYNC-CLIENT-4 when a pull shows a filed request, then the optimistic copy is replaced; an older version never replaces a newer', async () => {
    const [id = ''] = await queueApplications(db, 1);
    await db.requests.put({
      id,
      reference: 'X',
      serviceId: 'rev.income-certificate',
      serviceRev: 1,
      departmentCode: 'REV',
      status: 'submitted',
      applicant: {},
      filedAt: '2026-01-15T06:00:00.000Z',
      updatedAt: '2026-01-15T06:00:00.000Z',
      version: 0,
      source: 'optimistic',
      mine: true,
      history: [],
    });
    await runSync(deps);
    expect(await db.requests.get(id)).toMatchObject({ source: 'server', version: 1, mine: true });
    await db.requests.update(id, { version: 5, status: 'approved' });
    server.log(id, 2, { status: 'received' });
    await runSync(deps);
    expect(await db.requests.get(id)).toMatchObject({ version: 5, status: 'approved' });
  });

  it('SYNC-CAT-1 when a pull says the catalog rev moved, then the delta is fetched and applied', async () => {
    server.catalogDelta = {
      rev: 2,
      since: 1,
      publishedAt: '2026-02-01T00:00:00.000Z',
      departments: [{ code: 'REV', name: { en: 'Revenue', te: 'రెవెన్యూ' }, services: [] }],
      removedServiceIds: [],
      removedDepartmentCodes: [],
    };
    await runSync(deps);
    expect(server.requests.some((r) => r.path === '/api/catalog?since=1')).toBe(true);
    const latest = await db.catalog.orderBy('rev').last();
    expect(latest?.rev).toBe(2);
    expect(latest?.departments.map((d) => d.code)).toEqual(['REV']);
    expect(events).toContainEqual({ type: 'catalog-updated', rev: 2 });
  });

  it('when the device has no catalog and is not enrolled, then it downloads the catalog and stops there', async () => {
    await db.catalog.clear();
    await db.meta.delete('enrollment');
    expect(await runSync(deps)).toEqual({ kind: 'not_enrolled' });
    expect(await db.catalog.count()).toBe(1);
    expect(pushes()).toHaveLength(0);
  });
});
