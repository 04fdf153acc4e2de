import { forEachConcurrently } from '../concurrency';
import { sendOne, type SendContext } from './send-one';

/** Most claim rounds per call, so the loop can notice a stop between rounds under constant traffic. */
const MAX_ROUNDS = 20;

/**
 * Sends what is due: claims queued messages (the store hands out only each citizen's oldest
 * unsent one, so a citizen's messages go out in order), sends them concurrently within the rate
 * limit, records each outcome, and claims again until nothing is due. Returns how many were tried.
 */
export async function sendPending(
  context: SendContext & { sendBatch: number; sendConcurrency: number; stopping: () => boolean },
): Promise<number> {
  let tried = 0;
  for (let round = 0; round < MAX_ROUNDS && !context.stopping(); round += 1) {
    const claimed = await context.store.claimOutbound(context.now().toISOString(), context.sendBatch);
    if (claimed.length === 0) break;
    await forEachConcurrently(claimed, context.sendConcurrency, (record) => sendOne(context, record));
    tried += claimed.length;
  }
  return tried;
}
