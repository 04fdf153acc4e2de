import { describe, expect, it } from 'vitest';
import { agentPath, parseAgentPath, type AgentRoute } from './agent-routes';

describe('agent routes', () => {
  const routes: AgentRoute[] = [
    { name: 'home' },
    { name: 'new', serviceId: 'rev.income-certificate' },
    { name: 'draft', draftId: '0190a3c2-1111-7aaa-8bbb-123456789abc' },
    { name: 'filed', requestId: 'r1' },
    { name: 'outbox' },
    { name: 'requests' },
    { name: 'request', requestId: 'r1' },
    { name: 'amend', requestId: 'r1' },
    { name: 'respond', requestId: 'r1' },
    { name: 'enroll' },
  ];

  it('when a route is turned into a path and back, then it is the same route', () => {
    for (const route of routes) expect(parseAgentPath(agentPath(route))).toEqual(route);
  });

  it('when the path is unknown or has a trailing slash, then it still lands on a screen', () => {
    expect(parseAgentPath('/agent/nowhere')).toEqual({ name: 'home' });
    expect(parseAgentPath('/agent/outbox/')).toEqual({ name: 'outbox' });
  });
});
