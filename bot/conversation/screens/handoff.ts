import type { Effect, Outcomes } from '../effects';
import type { Turn } from '../turn';
import { settle } from './main-menu';

/**
 * "Talk to a person": the runtime routes the conversation to staff (`handoff`); until the staff
 * member ends it, everything the citizen sends is relayed (`relay_to_person`) and staff replies
 * arrive as `person_message` events. Only STOP is still the bot's.
 */

export function startHandoff(turn: Turn): void {
  const effectId = turn.newId();
  // What the citizen was doing, so the staff member does not have to ask.
  const state = turn.session.state;
  const topic = state.name === 'applying' ? `applying:${state.application.serviceId}` : state.name;
  turn.effect({ kind: 'handoff', effectId, language: turn.language, topic });
  turn.say(turn.m.handoff.started);
  turn.go({ name: 'handed_to_person', effectId, since: turn.nowIso });
}

export function onHandoffOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'handoff' }>,
  outcome: Outcomes['handoff'],
): void {
  const state = turn.session.state;
  if (state.name !== 'handed_to_person' || state.effectId !== effect.effectId) return;
  if (outcome.status === 'unavailable') settle(turn, turn.m.handoff.unavailable);
}

/** A staff member's reply, delivered whether or not the hand-off is still open (they may answer late). */
export function deliverPersonMessage(turn: Turn, text: string): void {
  turn.say(`*${turn.m.handoff.staff}:* ${text}`);
}

export function endHandoff(turn: Turn): void {
  if (turn.session.state.name !== 'handed_to_person') return;
  settle(turn, turn.m.handoff.ended);
}
