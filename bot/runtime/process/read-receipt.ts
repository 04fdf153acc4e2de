import type { BotEvent, StepResult } from '../../conversation';
import type { GraphClient } from '../graph/graph-client';
import { describeOutcome } from '../graph/graph-outcome';
import { errorFacts, type BotLogger } from '../logger';

/** The citizen messages that get a read receipt: what they typed or tapped. */
function isReadable(event: BotEvent): event is Extract<BotEvent, { kind: 'message' }> {
  if (event.kind !== 'message') return false;
  const type = event.message.type;
  return type === 'text' || type === 'button_reply' || type === 'list_reply';
}

/**
 * Blue ticks and "typing…" while the turn is worked on. Best effort: it never delays the turn,
 * and a failure is only logged. Nothing goes to a citizen who has just sent STOP; the typing
 * indicator only when a reply is coming.
 */
export function sendReadReceipt(
  deps: { graph: GraphClient; logger: BotLogger; phoneNumberId: string; track: (work: Promise<unknown>) => void },
  event: BotEvent,
  first: StepResult,
): void {
  if (!isReadable(event) || first.session.state.name === 'opted_out') return;
  const typing = first.outbound.length > 0 || first.effects.length > 0;
  const facts = { citizenId: event.citizenId, messageId: event.messageId };
  const work = deps.graph
    .markRead(deps.phoneNumberId, event.messageId, typing)
    .then((outcome) => {
      if (outcome.kind !== 'ok')
        deps.logger.warn({ ...facts, reason: describeOutcome(outcome) }, 'read receipt failed');
    })
    .catch((error: unknown) => deps.logger.warn({ ...facts, ...errorFacts(error) }, 'read receipt failed'));
  deps.track(work);
}
