import type { BotContext } from './context';
import type { BotEvent } from './events';
import { handleEffectResult } from './handle-effect';
import { handleMessage } from './handle-message';
import { notifyStatusChange } from './notify';
import { deliverPersonMessage, endHandoff } from './screens/handoff';
import { newSession, type Session } from './session';
import { Turn, type StepResult } from './turn';

/**
 * The conversation engine: the next session, the messages to send and the effects to run, for
 * one event. Pure and deterministic — no I/O, no clock (time is `context.now`), no randomness
 * (ids come from `context.newId`) — so the runtime can retry it and tests can replay it.
 *
 * The runtime calls it once per event and per citizen, in order (never two at a time for one
 * citizen), persists `session`, sends `outbound` in order and runs `effects`, feeding each
 * answered effect's outcome back as an `effect_result` event.
 *
 * @throws TypeError when `session` belongs to another citizen than `event`.
 */
export function step(session: Session | undefined, event: BotEvent, context: BotContext): StepResult {
  if (session && session.citizenId !== event.citizenId) {
    throw new TypeError(`session of ${session.citizenId} given an event for ${event.citizenId}`);
  }
  // Notifications and staff messages arrive unasked: they leave the citizen's open menu current.
  const prompting = event.kind !== 'status_changed' && event.kind !== 'person_message';
  const turn = new Turn(session ?? newSession(event.citizenId), context, prompting);
  switch (event.kind) {
    case 'message':
      handleMessage(turn, event);
      break;
    case 'effect_result':
      handleEffectResult(turn, event.result);
      break;
    case 'status_changed':
      notifyStatusChange(turn, event);
      break;
    case 'person_message':
      deliverPersonMessage(turn, event.text);
      break;
    case 'handoff_ended':
      endHandoff(turn);
      break;
    default: {
      const unhandled: never = event;
      throw new TypeError(`unhandled event ${JSON.stringify(unhandled)}`);
    }
  }
  const result = turn.result();
  // The one rule above all others: nothing at all goes to a citizen who sent STOP.
  return result.session.state.name === 'opted_out' ? { ...result, outbound: [] } : result;
}
