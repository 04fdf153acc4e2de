import { pick } from '../../../shared/i18n/pick';
import { contactOf } from '../contact';
import type { Effect, Outcomes, RequestSummary } from '../effects';
import { pagedList, type ListItem } from '../paged-list';
import type { Turn } from '../turn';
import { settle } from './main-menu';

/** "My applications": the citizen's requests as a list (`list_my_requests`); a tap tracks one. */

/** Most requests kept in the session for paging; the runtime sends the newest first. */
const MAX_KEPT = 50;

export function startMyRequests(turn: Turn): void {
  const effectId = turn.newId();
  turn.effect({ kind: 'list_my_requests', effectId, contact: contactOf(turn.session.citizenId) });
  turn.say(turn.m.myRequests.loading);
  turn.go({ name: 'my_requests', phase: { name: 'loading', effectId } });
}

export function showMyRequests(turn: Turn, requests: RequestSummary[], page: number): void {
  const m = turn.m;
  const items = requests.map((request): ListItem => ({
    action: { do: 'request', reference: request.reference },
    name: request.reference,
    detail: `${pick(request.serviceName, turn.language)} · ${m.status[request.status]}`,
  }));
  const list = pagedList(turn, { body: m.myRequests.body, button: m.myRequests.button, items, page });
  turn.send(list.message);
  turn.go({ name: 'my_requests', phase: { name: 'listing', requests, page: list.page } });
}

export function onMyRequestsOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'list_my_requests' }>,
  outcome: Outcomes['list_my_requests'],
): void {
  const state = turn.session.state;
  if (state.name !== 'my_requests' || state.phase.name !== 'loading' || state.phase.effectId !== effect.effectId)
    return;
  if (outcome.status === 'failed') settle(turn, turn.m.failed);
  else if (outcome.requests.length === 0) settle(turn, turn.m.myRequests.empty);
  else showMyRequests(turn, outcome.requests.slice(0, MAX_KEPT), 0);
}
