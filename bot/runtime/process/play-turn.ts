import { step, type BotContext, type BotEvent, type Session, type StepResult } from '../../conversation';
import type { OutboundMessage } from '../../whatsapp/outbound-types';
import type { EffectExecutor } from './effects';

/** Far more effects than one citizen message can cause; past it the engine is looping. */
const MAX_EFFECTS = 32;

export interface PlayedTurn {
  session: Session;
  outbound: OutboundMessage[];
}

/**
 * One inbound event, played to the end: `step`, then each effect it asked for, its outcome fed
 * back as an `effect_result` event (which may ask for more), until nothing is waiting. The
 * messages of every step are kept in order. `onFirstStep` sees the first result (for the read
 * receipt, which goes out while the effects run).
 */
export async function playTurn(
  session: Session | undefined,
  event: BotEvent,
  context: () => BotContext,
  execute: EffectExecutor,
  onFirstStep?: (result: StepResult) => void,
): Promise<PlayedTurn> {
  const first = step(session, event, context());
  onFirstStep?.(first);
  let current = first.session;
  const outbound = [...first.outbound];
  const waiting = [...first.effects];
  for (let ran = 0; waiting.length > 0; ran += 1) {
    if (ran >= MAX_EFFECTS) throw new Error(`more than ${MAX_EFFECTS} effects for one event`);
    const effect = waiting.shift();
    if (!effect) break;
    const result = await execute(event.citizenId, effect);
    if (!result) continue;
    const next = step(current, { kind: 'effect_result', citizenId: event.citizenId, result }, context());
    current = next.session;
    outbound.push(...next.outbound);
    waiting.push(...next.effects);
  }
  return { session: current, outbound };
}
