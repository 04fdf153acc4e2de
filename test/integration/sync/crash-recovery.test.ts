import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newUuidV7 } from '../../../shared/ids';
import type { Mutation, PushResponse } from '../../../shared/sync/protocol';
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { todayIso } from '../../../shared/validation';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { createEnrollment } from '../../../sync-server/domain/enrollment';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';
import { validAnswersFor } from '../../fixtures/answers';
import { MutationFactory } from '../../fixtures/mutations';
import { freePort } from '../../helpers/embedded-postgres';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process';

const DEVICES = 4;
const BATCHES_PER_DEVICE = 8;
const BATCH = 200;

interface Device {
  deviceId: string;
  token: string;
  batches: Mutation[][];
  /** Index of the first batch not yet acknowledged. */
  next: number;
  acknowledged: Set<string>;
}

async function push(url: string, device: Device, batch: Mutation[]): Promise<PushResponse | undefined> {
  try {
    const response = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: SYNC_PROTOCOL_VERSION, deviceId: device.deviceId, mutations: batch }),
    });
    if (response.status !== 200) return undefined;
    return (await response.json()) as PushResponse;
  } catch {
    return undefined; // the connection died with the server: not acknowledged
  }
}

/** Pushes a device's batches in order until one fails; records what the server acknowledged. */
async function drain(url: string, device: Device, stopAfter = Infinity): Promise<void> {
  let pushed = 0;
  while (device.next < device.batches.length && pushed < stopAfter) {
    const batch = device.batches[device.next] ?? [];
    const answer = await push(url, device, batch);
    if (!answer) return;
    for (const result of answer.results) {
      if (result.status === 'applied' || result.status === 'duplicate') device.acknowledged.add(result.mutationId);
    }
    device.next += 1;
    pushed += 1;
  }
}

describe('a server killed in the middle of large pushes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'seva-crash-'));
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.process.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('SYNC-PUSH-4: after SIGKILL and restart, nothing acknowledged is lost and nothing is applied twice', async () => {
    const port = await freePort();
    server = await startServerProcess({ dataDir, port });

    const income = loadShippedCatalog()
      .departments.flatMap((d) => d.services)
      .find((s) => s.id === 'rev.income-certificate');
    if (!income) throw new Error('no income certificate');
    const answers = validAnswersFor(income.fields, todayIso(new Date()));

    const devices: Device[] = [];
    const setup = await openSqliteStore(dataDir);
    const codes = await Promise.all(
      Array.from({ length: DEVICES }, (_, i) =>
        createEnrollment(setup, { name: `Agent ${i}`, secretariatCode: 'GNT-01-001' }, new Date()),
      ),
    );
    await setup.close();
    for (const { code } of codes) {
      const deviceId = `crash-${newUuidV7().slice(-12)}`;
      const enrolled = await fetch(`${server.url}/api/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceId }),
      });
      const { token } = (await enrolled.json()) as { token: string };
      const factory = new MutationFactory();
      const batches = Array.from({ length: BATCHES_PER_DEVICE }, () =>
        Array.from({ length: BATCH }, () =>
          factory.create({
            serviceId: income.id,
            serviceRev: 1,
            applicant: answers,
            filedAt: new Date().toISOString(),
          }),
        ),
      );
      devices.push({ deviceId, token, batches, next: 0, acknowledged: new Set() });
    }

    // Every device pushes a couple of batches, then all push concurrently and the server dies mid-way.
    await Promise.all(devices.map((d) => drain(server?.url ?? '', d, 2)));
    const inFlight = Promise.all(devices.map((d) => drain(server?.url ?? '', d)));
    await new Promise((r) => setTimeout(r, 150));
    server.process.kill('SIGKILL');
    expect(await server.exited).toBeNull();
    await inFlight;
    const acknowledgedBeforeCrash = devices.flatMap((d) => [...d.acknowledged]);
    expect(acknowledgedBeforeCrash.length).toBeGreaterThanOrEqual(DEVICES * 2 * BATCH);
    expect(devices.some((d) => d.next < d.batches.length)).toBe(true);

    server = await startServerProcess({ dataDir, port });
    await Promise.all(devices.map((d) => drain(server?.url ?? '', d)));
    expect(devices.every((d) => d.next === d.batches.length)).toBe(true);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const store = await openSqliteStore(dataDir);
    try {
      const all = devices.flatMap((d) => d.batches.flat());
      const stored = await store.getRequests(all.map((m) => m.requestId));
      expect(stored).toHaveLength(all.length);
      const creations = await store.readChanges({
        after: 0,
        limit: 1_000_000,
        scope: { kind: 'all' },
        entities: ['request'],
      });
      expect(creations).toHaveLength(all.length);
      expect(new Set(creations.map((c) => c.entityId)).size).toBe(all.length);
      for (const d of devices) expect((await store.getDevice(d.deviceId))?.lastSeq).toBe(BATCHES_PER_DEVICE * BATCH);
      const storedIds = new Set(stored.map((r) => r.id));
      const byMutation = new Map(all.map((m) => [m.mutationId, m.requestId]));
      expect(acknowledgedBeforeCrash.every((mutationId) => storedIds.has(byMutation.get(mutationId) ?? ''))).toBe(true);
    } finally {
      await store.close();
    }
  }, 180_000);
});
