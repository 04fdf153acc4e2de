import { forEachConcurrently } from '../concurrency';
import { errorFacts } from '../logger';
import type { ProcessContext } from './process-context';
import { runRecord } from './run-record';
import type { World } from './world';

/**
 * Works through pending inbound events: per citizen, under a lease (one process at a time even
 * with several servers), in arrival order, one event at a time. Citizens are worked on
 * concurrently. Returns how many events were processed.
 */
export async function processPending(context: ProcessContext): Promise<number> {
  await context.pace?.();
  const citizens = await context.store.citizensWithPendingInbound(context.now().toISOString(), context.processBatch);
  if (citizens.length === 0) return 0;
  const world = await context.loadWorld();
  let processed = 0;
  await forEachConcurrently(citizens, context.processConcurrency, async (citizenId) => {
    try {
      processed += await processCitizen(context, world, citizenId);
    } catch (error) {
      context.logger.error({ citizenId, ...errorFacts(error) }, 'processing failed; will retry');
    }
  });
  return processed;
}

function lease(context: ProcessContext, citizenId: string, at: number): Promise<boolean> {
  const until = new Date(at + context.leaseMs).toISOString();
  return context.store.leaseCitizen(citizenId, context.owner, new Date(at).toISOString(), until);
}

async function processCitizen(context: ProcessContext, world: World, citizenId: string): Promise<number> {
  if (!(await lease(context, citizenId, context.now().getTime()))) return 0;
  // Renewed while the citizen is worked on, so a slow turn (a large download) never runs on an
  // expired lease; if it is lost anyway, the turn's commit refuses a moved session.
  let lost = false;
  let renewing: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    renewing = lease(context, citizenId, context.now().getTime())
      .then((held) => (lost ||= !held))
      .catch((error: unknown) => context.logger.warn({ citizenId, ...errorFacts(error) }, 'lease not renewed'));
  }, context.leaseMs / 3);
  heartbeat.unref();
  let processed = 0;
  try {
    const records = await context.store.pendingInbound(citizenId, context.inboundPerCitizen);
    for (const record of records) {
      await context.pace?.();
      if (context.stopping() || lost) break;
      if (!(await runRecord(context, world, record))) break;
      processed += 1;
    }
  } finally {
    clearInterval(heartbeat);
    // A renewal still on its way must not take the lease back after it is released.
    await renewing;
    await context.store
      .releaseCitizen(citizenId, context.owner)
      .catch((error: unknown) => context.logger.warn({ citizenId, ...errorFacts(error) }, 'lease not released'));
  }
  return processed;
}
