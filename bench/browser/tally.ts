import type { Store } from '../../sync-server/store/store';
import type { DeviceIdentity } from './probe-device';

/** Whether every application arrived exactly once. */
export interface Tally {
  /** Copies beyond the first, plus records nobody filed. */
  duplicates: number;
  /** Filed applications that are missing. */
  losses: number;
  /** The counts behind the two numbers, for the report. */
  detail: string;
}

/** Compares the ids that should be there with the ids found (repeats included). */
function compare(expected: ReadonlySet<string>, found: readonly string[]): { duplicates: number; losses: number } {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const id of found) {
    if (seen.has(id) || !expected.has(id)) duplicates += 1;
    seen.add(id);
  }
  let losses = 0;
  for (const id of expected) if (!seen.has(id)) losses += 1;
  return { duplicates, losses };
}

const fmt = (n: number) => n.toLocaleString('en-US');
/** Far above any run's size, so a listing is never cut short. */
const EVERYTHING = 1_000_000;

/**
 * After a push: the requests this device's token filed, the request creations in the change log,
 * and the seq the server holds for the device, against the ids the device queued.
 */
export async function tallyServer(store: Store, expected: readonly string[], device: DeviceIdentity): Promise<Tally> {
  const wanted = new Set(expected);
  const requests = await store.listRequests({ scope: { kind: 'all' }, limit: EVERYTHING });
  const filedHere = requests.filter((r) => r.history[0]?.actor.id === device.tokenId).map((r) => r.id);
  const changes = await store.readChanges({
    after: 0,
    limit: EVERYTHING,
    scope: { kind: 'all' },
    entities: ['request'],
  });
  const creations = changes.filter((c) => c.version === 1).map((c) => c.entityId);
  const stored = compare(wanted, filedHere);
  const logged = compare(wanted, creations);
  const lastSeq = (await store.getDevice(device.deviceId))?.lastSeq ?? 0;
  return {
    duplicates: Math.max(stored.duplicates, logged.duplicates),
    losses: Math.max(stored.losses, logged.losses),
    detail:
      `${fmt(filedHere.length)} requests filed by the device (${fmt(new Set(filedHere).size)} distinct ids), ` +
      `${fmt(creations.length)} request creations in the change log, device lastSeq ${fmt(lastSeq)}`,
  };
}

/** After a pull: the device's requests table against the ids on the server. */
export function tallyDevice(expected: readonly string[], held: readonly string[]): Tally {
  const { duplicates, losses } = compare(new Set(expected), held);
  return { duplicates, losses, detail: `${fmt(held.length)} requests on the device` };
}
