import { pick } from '../../../shared/i18n/pick';
import { fitText } from '../../whatsapp/fit-text';
import { pagedList } from '../paged-list';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { serviceItem } from './browse';
import { settle } from './main-menu';
import { showService } from './service-details';

/**
 * Free-text search over the catalog. The shared search scores every service that shares a word
 * with the query ("certificate" reaches dozens); only hits scoring at least this share of the
 * best are shown, so "income certificate" lists the two income certificates, not every certificate.
 */
const RELATIVE_CUTOFF = 0.5;
/** Longest query echoed back in a message. */
const ECHO_LENGTH = 60;

export function runSearch(turn: Turn, typed: string): void {
  const query = typed.replace(/\s+/gu, ' ').trim();
  const hits = turn.catalog.search.search(query, { limit: turn.config.maxSearchResults });
  const best = hits[0]?.score ?? 0;
  const serviceIds = hits.filter((hit) => hit.score >= best * RELATIVE_CUTOFF).map((hit) => hit.serviceId);
  const [only] = serviceIds;
  if (only === undefined) {
    settle(turn, turn.m.search.none(fitText(query, ECHO_LENGTH) ?? '…'));
    return;
  }
  if (serviceIds.length === 1) {
    showService(turn, only);
    return;
  }
  showSearchResults(turn, { name: 'search_results', query, serviceIds, page: 0 });
}

export function showSearchResults(turn: Turn, state: StateOf<'search_results'>): void {
  const services = state.serviceIds.flatMap((id) => turn.catalog.service(id) ?? []);
  if (services.length === 0) {
    runSearch(turn, state.query);
    return;
  }
  const items = services.map((service) => serviceItem(turn, service));
  const body = turn.m.search.results(fitText(state.query, ECHO_LENGTH) ?? '…');
  const list = pagedList(turn, { body, button: turn.m.search.button, items, page: state.page });
  turn.send(list.message);
  turn.go({ ...state, page: list.page });
}

/** "Search again": invites a query; any text typed next is searched. */
export function promptSearch(turn: Turn): void {
  settle(turn, turn.m.search.prompt);
}

/** The name of a service in the citizen's language, or its id if the catalog no longer has it. */
export function serviceName(turn: Turn, serviceId: string): string {
  const service = turn.catalog.service(serviceId);
  return service ? pick(service.name, turn.language) : serviceId;
}
