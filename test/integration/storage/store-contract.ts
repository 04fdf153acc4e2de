import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogContent } from '../../../shared/model/catalog';
import type { EnrollmentRecord, Store, SyncBatch, TokenRecord } from '../../../sync-server/store/store';
import { FIXTURE_PLACES, makeGrievance, makeRequest } from '../../fixtures/requests';

/** A small catalog, so the contract does not depend on the shipped data. */
function tinyCatalog(feeInr = 0): CatalogContent {
  return {
    departments: [
      {
        code: 'REV',
        name: { en: 'Revenue', te: 'రెవెన్యూ' },
        services: [
          {
            id: 'rev.income-certificate',
            departmentCode: 'REV',
            name: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
            kind: 'certificate',
            slaDays: 7,
            feeInr,
            requiredDocuments: [],
            keywords: [],
            fields: [],
          },
        ],
      },
    ],
  };
}

function token(overrides: Partial<TokenRecord> = {}): TokenRecord {
  return {
    id: `tok_${Math.random().toString(36).slice(2, 10)}`,
    tokenHash: Math.random().toString(16).slice(2).padEnd(64, '0'),
    role: 'agent',
    name: 'Ravi',
    secretariatCode: FIXTURE_PLACES.a.secretariatCode,
    departmentCode: null,
    districtCode: null,
    createdAt: new Date().toISOString(),
    revokedAt: null,
    deviceId: null,
    ...overrides,
  };
}

/**
 * The behaviour every Store engine must have. Each engine's test file calls this with a
 * factory that opens a fresh, empty store.
 */
export function storeContract(engine: string, openEmptyStore: () => Promise<Store>): void {
  describe(`Store contract on ${engine}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmptyStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('catalog', () => {
      it('publishes the first catalog as rev 1', async () => {
        const outcome = await store.publishCatalog(tinyCatalog(), '2026-01-01T00:00:00.000Z');
        expect(outcome.published).toBe(true);
        expect(outcome.catalog.rev).toBe(1);
        expect((await store.getCatalog())?.departments[0]?.services[0]?.id).toBe('rev.income-certificate');
      });

      it('when the same content is published again, then no new rev appears', async () => {
        await store.publishCatalog(tinyCatalog(), '2026-01-01T00:00:00.000Z');
        const again = await store.publishCatalog(tinyCatalog(), '2026-01-02T00:00:00.000Z');
        expect(again.published).toBe(false);
        expect(again.catalog.rev).toBe(1);
        expect(again.catalog.publishedAt).toBe('2026-01-01T00:00:00.000Z');
      });

      it('when the content changes, then it is rev 2 and rev 1 stays exactly as published', async () => {
        await store.publishCatalog(tinyCatalog(0), '2026-01-01T00:00:00.000Z');
        const second = await store.publishCatalog(tinyCatalog(45), '2026-01-02T00:00:00.000Z');
        expect(second.catalog.rev).toBe(2);
        expect((await store.getCatalog(1))?.departments[0]?.services[0]?.feeInr).toBe(0);
        expect((await store.getCatalog(2))?.departments[0]?.services[0]?.feeInr).toBe(45);
        expect((await store.getCatalog())?.rev).toBe(2);
        expect(await store.getCatalog(3)).toBeUndefined();
      });
    });

    describe('requests', () => {
      it('stores a new request and reads it back by id and by reference', async () => {
        const request = makeRequest();
        const [outcome] = await store.insertRequests([request]);
        expect(outcome).toEqual({ kind: 'inserted', request });
        expect(await store.getRequest(request.id)).toEqual(request);
        expect(await store.getRequestByReference(request.reference)).toEqual(request);
        expect(await store.getRequest(makeRequest().id)).toBeUndefined();
      });

      it('when a request id is posted again, then the stored request is returned and nothing is added', async () => {
        const original = makeRequest();
        await store.insertRequests([original]);
        const retry = { ...original, applicant: { applicantName: 'Someone Else' } };
        const [outcome] = await store.insertRequests([retry]);
        expect(outcome).toEqual({ kind: 'existing', request: original });
        expect(await store.listRequests({ scope: { kind: 'all' }, limit: 10 })).toHaveLength(1);
        const changes = await store.readChanges({
          after: 0,
          limit: 100,
          scope: { kind: 'all' },
          entities: ['request'],
        });
        expect(changes).toHaveLength(1);
      });

      it('when one batch holds the same id twice, then one request is stored', async () => {
        const request = makeRequest();
        const outcomes = await store.insertRequests([request, { ...request }]);
        expect(outcomes.map((o) => o.kind)).toEqual(['inserted', 'existing']);
        expect(await store.listRequests({ scope: { kind: 'all' }, limit: 10 })).toHaveLength(1);
      });

      it('when a reference is already taken, then only that request is refused and the rest of the batch is stored', async () => {
        const holder = makeRequest();
        await store.insertRequests([holder]);
        const clash = makeRequest({ reference: holder.reference });
        const fine = makeRequest();
        const outcomes = await store.insertRequests([clash, fine]);
        expect(outcomes[0]).toEqual({ kind: 'reference_taken', id: clash.id });
        expect(outcomes[1]?.kind).toBe('inserted');
        expect(await store.getRequest(clash.id)).toBeUndefined();
        expect(await store.getRequest(fine.id)).toEqual(fine);
      });

      it('lists only the requests inside the scope, newest first, with status and service filters', async () => {
        const inA = makeRequest({ jurisdiction: FIXTURE_PLACES.a });
        const inB = makeRequest({ jurisdiction: FIXTURE_PLACES.b, status: 'received' });
        const inC = makeRequest({ jurisdiction: FIXTURE_PLACES.c });
        const otherDepartment = makeRequest({ departmentCode: 'MAUD', serviceId: 'maud.birth-certificate' });
        await store.insertRequests([inA, inB, inC, otherDepartment]);

        const secretariatA = await store.listRequests({
          scope: { kind: 'secretariat', secretariatCode: FIXTURE_PLACES.a.secretariatCode },
          limit: 10,
        });
        expect(secretariatA.map((r) => r.id)).toEqual([otherDepartment.id, inA.id]);

        const revenueGuntur = await store.listRequests({
          scope: { kind: 'desk', departmentCode: 'REV', districtCode: 'GNT' },
          limit: 10,
        });
        expect(revenueGuntur.map((r) => r.id)).toEqual([inB.id, inA.id]);

        const received = await store.listRequests({ scope: { kind: 'all' }, status: 'received', limit: 10 });
        expect(received.map((r) => r.id)).toEqual([inB.id]);
        const births = await store.listRequests({
          scope: { kind: 'all' },
          serviceId: 'maud.birth-certificate',
          limit: 10,
        });
        expect(births.map((r) => r.id)).toEqual([otherDepartment.id]);
      });

      it('pages through requests with a cursor without repeating or skipping any', async () => {
        const requests = Array.from({ length: 25 }, () => makeRequest());
        await store.insertRequests(requests);
        const seen: string[] = [];
        let beforeId: string | undefined;
        for (;;) {
          const page = await store.listRequests({
            scope: { kind: 'all' },
            limit: 10,
            ...(beforeId ? { beforeId } : {}),
          });
          if (page.length === 0) break;
          seen.push(...page.map((r) => r.id));
          beforeId = page[page.length - 1]?.id;
        }
        expect(seen).toEqual(requests.map((r) => r.id).reverse());
      });

      it('applies an update made against the current version and refuses one made against a stale version', async () => {
        const request = makeRequest();
        await store.insertRequests([request]);
        const at = new Date().toISOString();
        const received = {
          ...request,
          status: 'received' as const,
          version: 2,
          updatedAt: at,
          history: [
            ...request.history,
            { version: 2, status: 'received' as const, at, actor: { role: 'officer' as const } },
          ],
        };
        expect(await store.updateRequest(received, 1)).toBe(true);
        const stale = { ...received, status: 'withdrawn' as const, version: 2 };
        expect(await store.updateRequest(stale, 1)).toBe(false);
        expect(await store.getRequest(request.id)).toEqual(received);
        expect((await store.listRequests({ scope: { kind: 'all' }, status: 'received', limit: 5 })).length).toBe(1);
      });

      it('stores a batch of 2,000 requests in one call', async () => {
        const requests = Array.from({ length: 2000 }, () => makeRequest());
        const outcomes = await store.insertRequests(requests);
        expect(outcomes.every((o) => o.kind === 'inserted')).toBe(true);
        expect(await store.lastChangeSeq()).toBe(2000);
      });
    });

    describe('change log', () => {
      it('appends one change per stored version, in commit order, with gap-free paging by cursor', async () => {
        const requests = Array.from({ length: 30 }, () => makeRequest());
        await store.insertRequests(requests.slice(0, 20));
        await store.insertRequests(requests.slice(20));
        const first = requests[0];
        if (!first) throw new Error('fixture missing');
        await store.updateRequest({ ...first, status: 'received', version: 2 }, 1);

        const seen: number[] = [];
        const entities: string[] = [];
        let after = 0;
        for (;;) {
          const page = await store.readChanges({ after, limit: 7, scope: { kind: 'all' } });
          if (page.length === 0) break;
          seen.push(...page.map((c) => c.seq));
          entities.push(...page.map((c) => `${c.entityId}@${c.version}`));
          after = page[page.length - 1]?.seq ?? after;
        }
        expect(seen).toHaveLength(31);
        expect([...seen].sort((a, b) => a - b)).toEqual(seen);
        expect(new Set(seen).size).toBe(31);
        expect(entities.at(-1)).toBe(`${first.id}@2`);
        expect(await store.lastChangeSeq()).toBe(seen.at(-1));
      });

      it('carries the record as it was after the change', async () => {
        const request = makeRequest();
        await store.insertRequests([request]);
        const [change] = await store.readChanges({ after: 0, limit: 1, scope: { kind: 'all' } });
        expect(change?.entity).toBe('request');
        expect(change?.data).toEqual(request);
      });

      it('shows a scope only the changes inside it', async () => {
        await store.insertRequests([
          makeRequest({ jurisdiction: FIXTURE_PLACES.a }),
          makeRequest({ jurisdiction: FIXTURE_PLACES.b }),
          makeRequest({ jurisdiction: FIXTURE_PLACES.c }),
        ]);
        const inA = await store.readChanges({
          after: 0,
          limit: 10,
          scope: { kind: 'secretariat', secretariatCode: FIXTURE_PLACES.a.secretariatCode },
        });
        expect(inA).toHaveLength(1);
        const krishnaRevenue = await store.readChanges({
          after: 0,
          limit: 10,
          scope: { kind: 'desk', departmentCode: 'REV', districtCode: 'KRI' },
        });
        expect(krishnaRevenue).toHaveLength(1);
      });

      it('when writers commit concurrently, then a reader following the cursor misses no change', async () => {
        const writers = Array.from({ length: 8 }, async () => {
          for (let round = 0; round < 5; round++) {
            await store.insertRequests(Array.from({ length: 10 }, () => makeRequest()));
          }
        });
        const seen = new Set<string>();
        let after = 0;
        let writing = true;
        const reader = (async () => {
          while (writing) {
            const page = await store.readChanges({ after, limit: 50, scope: { kind: 'all' } });
            for (const change of page) seen.add(change.entityId);
            after = page.at(-1)?.seq ?? after;
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        })();
        try {
          await Promise.all(writers);
        } finally {
          writing = false;
          await reader;
        }
        for (;;) {
          const page = await store.readChanges({ after, limit: 500, scope: { kind: 'all' } });
          if (page.length === 0) break;
          for (const change of page) seen.add(change.entityId);
          after = page.at(-1)?.seq ?? after;
        }
        expect(seen.size).toBe(400);
      });
    });

    describe('sync batches', () => {
      const device = 'device-0001';
      const batch = (overrides: Partial<SyncBatch> = {}): SyncBatch => ({
        deviceId: device,
        tokenId: 'tok_agent',
        expectedLastSeq: null,
        lastSeq: 1,
        writes: [],
        results: [{ mutationId: makeRequest().id, seq: 1, result: { status: 'applied' } }],
        at: new Date().toISOString(),
        ...overrides,
      });

      it('commits the writes, the stored results and the device seq together', async () => {
        const request = makeRequest();
        const result = { mutationId: makeRequest().id, seq: 1, result: { status: 'applied', recordId: request.id } };
        expect(
          await store.commitSyncBatch(batch({ writes: [{ kind: 'insert_request', request }], results: [result] })),
        ).toBe(true);
        expect(await store.getRequest(request.id)).toEqual(request);
        expect((await store.getDevice(device))?.lastSeq).toBe(1);
        expect((await store.getMutationResults(device, [result.mutationId])).get(result.mutationId)).toEqual(result);
        expect(
          await store.readChanges({ after: 0, limit: 10, scope: { kind: 'all' }, entities: ['request'] }),
        ).toHaveLength(1);
      });

      it('when the device seq moved since the batch was computed, then nothing of it is written', async () => {
        expect(await store.commitSyncBatch(batch())).toBe(true);
        const request = makeRequest();
        const stale = batch({ expectedLastSeq: 0, lastSeq: 2, writes: [{ kind: 'insert_request', request }] });
        expect(await store.commitSyncBatch(stale)).toBe(false);
        expect(await store.getRequest(request.id)).toBeUndefined();
        expect((await store.getDevice(device))?.lastSeq).toBe(1);
        const firstTime = batch({ writes: [{ kind: 'insert_request', request }] });
        expect(await store.commitSyncBatch(firstTime)).toBe(false);
      });

      it('when a record version moved, then the whole batch is rolled back', async () => {
        const request = makeRequest();
        await store.insertRequests([request]);
        const other = makeRequest();
        const update = { ...request, status: 'withdrawn' as const, version: 2 };
        const stale = batch({
          writes: [
            { kind: 'insert_request', request: other },
            { kind: 'update_request', request: update, expectedVersion: 5 },
          ],
        });
        expect(await store.commitSyncBatch(stale)).toBe(false);
        expect(await store.getRequest(other.id)).toBeUndefined();
        expect(await store.getDevice(device)).toBeUndefined();
        const fresh = batch({ writes: [{ kind: 'update_request', request: update, expectedVersion: 1 }] });
        expect(await store.commitSyncBatch(fresh)).toBe(true);
        expect((await store.getRequest(request.id))?.status).toBe('withdrawn');
      });

      it('applies several versions of one record in order and keeps each in the change log', async () => {
        const v1 = makeRequest();
        const v2 = { ...v1, version: 2, applicant: { applicantName: 'Second' } };
        const v3 = { ...v2, version: 3, applicant: { applicantName: 'Third' } };
        const writes = [
          { kind: 'insert_request' as const, request: v1 },
          { kind: 'update_request' as const, request: v2, expectedVersion: 1 },
          { kind: 'update_request' as const, request: v3, expectedVersion: 2 },
        ];
        expect(await store.commitSyncBatch(batch({ writes }))).toBe(true);
        expect(await store.getRequest(v1.id)).toEqual(v3);
        expect(await store.getRequestAtVersion(v1.id, 2)).toEqual(v2);
        expect(await store.getRequestAtVersion(v1.id, 1)).toEqual(v1);
        expect(await store.getRequestAtVersion(v1.id, 9)).toBeUndefined();
      });

      it('stores grievances and reads them back by id', async () => {
        const grievance = makeGrievance();
        expect(await store.commitSyncBatch(batch({ writes: [{ kind: 'insert_grievance', grievance }] }))).toBe(true);
        expect(await store.getGrievances([grievance.id, makeRequest().id])).toEqual([grievance]);
        const changes = await store.readChanges({
          after: 0,
          limit: 10,
          scope: { kind: 'all' },
          entities: ['grievance'],
        });
        expect(changes.map((c) => c.entityId)).toEqual([grievance.id]);
      });
    });

    describe('enrollment', () => {
      const enrollment = (overrides: Partial<EnrollmentRecord> = {}): EnrollmentRecord => ({
        id: `enr_${Math.random().toString(36).slice(2, 10)}`,
        codeHash: Math.random().toString(16).slice(2).padEnd(64, 'a'),
        role: 'agent',
        name: 'Ravi',
        secretariatCode: FIXTURE_PLACES.a.secretariatCode,
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-01T00:15:00.000Z',
        usedAt: null,
        tokenId: null,
        ...overrides,
      });

      it('redeems a code once, storing the token it makes', async () => {
        const record = enrollment();
        await store.insertEnrollment(record);
        const issued = token({ deviceId: 'device-0001' });
        const redeemed = await store.redeemEnrollment(record.codeHash, '2026-01-01T00:05:00.000Z', () => issued);
        expect(redeemed).toEqual(issued);
        expect(await store.findTokenByHash(issued.tokenHash)).toEqual(issued);
        const again = await store.redeemEnrollment(record.codeHash, '2026-01-01T00:06:00.000Z', () => token());
        expect(again).toBeUndefined();
      });

      it('refuses an expired or unknown code', async () => {
        const record = enrollment();
        await store.insertEnrollment(record);
        expect(
          await store.redeemEnrollment(record.codeHash, '2026-01-01T00:15:00.001Z', () => token()),
        ).toBeUndefined();
        expect(await store.redeemEnrollment('f'.repeat(64), '2026-01-01T00:01:00.000Z', () => token())).toBeUndefined();
        expect(await store.listTokens()).toEqual([]);
      });
    });

    describe('tokens', () => {
      it('finds a token by the hash of its secret, and revokes it once', async () => {
        const record = token();
        await store.insertToken(record);
        expect(await store.findTokenByHash(record.tokenHash)).toEqual(record);
        expect(await store.findTokenByHash('0'.repeat(64))).toBeUndefined();
        expect(await store.revokeToken(record.id, '2026-02-01T00:00:00.000Z')).toBe(true);
        expect((await store.findTokenByHash(record.tokenHash))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
        expect(await store.revokeToken(record.id, '2026-02-02T00:00:00.000Z')).toBe(false);
        expect(await store.revokeToken('tok_missing', '2026-02-02T00:00:00.000Z')).toBe(false);
      });

      it('never writes a token secret digest into the change log', async () => {
        const record = token();
        await store.insertToken(record);
        const changes = await store.readChanges({ after: 0, limit: 10, scope: { kind: 'all' }, entities: ['token'] });
        expect(changes).toHaveLength(1);
        expect(JSON.stringify(changes[0]?.data)).not.toContain(record.tokenHash);
      });

      it('lists tokens with their scopes', async () => {
        await store.insertToken(token({ name: 'Agent' }));
        await store.insertToken(
          token({
            role: 'officer',
            name: 'Officer',
            secretariatCode: null,
            departmentCode: 'REV',
            districtCode: 'GNT',
          }),
        );
        const tokens = await store.listTokens();
        expect(tokens.map((t) => t.role).sort()).toEqual(['agent', 'officer']);
      });
    });
  });
}
