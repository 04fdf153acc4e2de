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
  const turn = new Turn(session ?? newSession(event.citizenId), context, !arrivesUnasked(event));
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

/**
 * Notifications, staff messages and the certificate sent after an `issued` notification arrive
 * unasked: they leave the citizen's open menu current.
 */
function arrivesUnasked(event: BotEvent): boolean {
  switch (event.kind) {
    case 'status_changed':
    case 'person_message':
      return true;
    case 'effect_result':
      return event.result.kind === 'deliver_certificate';
    case 'message':
    case 'handoff_ended':
      return false;
    default: {
      const unhandled: never = event;
      throw new TypeError(`unhandled event ${JSON.stringify(unhandled)}`);
    }
  }
}
