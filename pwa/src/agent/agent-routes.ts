/** The agent app's screens and their URLs under `/agent`. */
export type AgentRoute =
  | { name: 'home' }
  | { name: 'new'; serviceId: string }
  | { name: 'draft'; draftId: string }
  | { name: 'filed'; requestId: string }
  | { name: 'outbox' }
  | { name: 'requests' }
  | { name: 'request'; requestId: string }
  | { name: 'amend'; requestId: string }
  | { name: 'respond'; requestId: string }
  | { name: 'enroll' };

const BASE = '/agent';

export function agentPath(route: AgentRoute): string {
  switch (route.name) {
    case 'home':
      return BASE;
    case 'new':
      return `${BASE}/new/${encodeURIComponent(route.serviceId)}`;
    case 'draft':
      return `${BASE}/draft/${encodeURIComponent(route.draftId)}`;
    case 'filed':
      return `${BASE}/filed/${encodeURIComponent(route.requestId)}`;
    case 'outbox':
      return `${BASE}/outbox`;
    case 'requests':
      return `${BASE}/requests`;
    case 'request':
      return `${BASE}/requests/${encodeURIComponent(route.requestId)}`;
    case 'amend':
      return `${BASE}/requests/${encodeURIComponent(route.requestId)}/amend`;
    case 'respond':
      return `${BASE}/requests/${encodeURIComponent(route.requestId)}/respond`;
    case 'enroll':
      return `${BASE}/enroll`;
    default: {
      const unhandled: never = route;
      throw new TypeError(`unhandled route ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The screen for `pathname`; anything unknown is the home screen. */
export function parseAgentPath(pathname: string): AgentRoute {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(2).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'new' && second) return { name: 'new', serviceId: second };
  if (first === 'draft' && second) return { name: 'draft', draftId: second };
  if (first === 'filed' && second) return { name: 'filed', requestId: second };
  if (first === 'outbox') return { name: 'outbox' };
  if (first === 'enroll') return { name: 'enroll' };
  if (first === 'requests' && second && third === 'amend') return { name: 'amend', requestId: second };
  if (first === 'requests' && second && third === 'respond') return { name: 'respond', requestId: second };
  if (first === 'requests' && second) return { name: 'request', requestId: second };
  if (first === 'requests') return { name: 'requests' };
  return { name: 'home' };
}
