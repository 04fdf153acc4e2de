import { pick } from '../../../shared/i18n/pick';
import { parseReference } from '../../../shared/ids';
import { buttonsMessage } from '../../whatsapp/outbound-builders';
import type { Effect, Outcomes } from '../effects';
import { formatDay } from '../format';
import type { Turn } from '../turn';
import { settle } from './main-menu';

/** Tracking an application by its reference number (`lookup_request`). */

export function showTrackPrompt(turn: Turn): void {
  const m = turn.m;
  turn.send(
    buttonsMessage(m.tracking.prompt, [
      { id: turn.id({ do: 'my_requests' }), title: m.buttons.myApplications },
      { id: turn.id({ do: 'main_menu' }), title: m.buttons.mainMenu },
    ]),
  );
  turn.go({ name: 'tracking', phase: { name: 'asking' } });
}

/** Looks up a reference already in canonical form (see `parseReference`). */
export function lookUp(turn: Turn, reference: string): void {
  const effectId = turn.newId();
  turn.effect({ kind: 'lookup_request', effectId, reference });
  turn.go({ name: 'tracking', phase: { name: 'looking_up', effectId } });
}

/** A reference typed while one was asked for: looked up, or explained. */
export function onReferenceTyped(turn: Turn, text: string): void {
  const reference = parseReference(text);
  if (reference) lookUp(turn, reference);
  else turn.say(turn.m.tracking.notReference);
}

export function onLookupOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'lookup_request' }>,
  outcome: Outcomes['lookup_request'],
): void {
  const state = turn.session.state;
  const waiting =
    state.name === 'tracking' && state.phase.name === 'looking_up' && state.phase.effectId === effect.effectId;
  if (!waiting) return;
  const m = turn.m;
  switch (outcome.status) {
    case 'found': {
      const { request } = outcome;
      const zone = turn.config.timeZone;
      settle(
        turn,
        m.tracking.result({
          service: pick(request.serviceName, turn.language),
          reference: request.reference,
          status: m.status[request.status],
          filed: formatDay(request.filedAt, zone),
          due: formatDay(request.dueBy, zone),
          updated: formatDay(request.updatedAt, zone),
          next: m.statusNext[request.status],
        }),
      );
      return;
    }
    case 'not_found':
      turn.say(m.tracking.notFound(effect.reference));
      turn.go({ name: 'tracking', phase: { name: 'asking' } });
      return;
    case 'failed':
      settle(turn, m.tracking.failed);
      return;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
