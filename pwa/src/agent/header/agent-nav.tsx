import { useLanguage } from '../../i18n/language';
import { followLink } from '../../ui/router';
import { agentPath, type AgentRoute } from '../agent-routes';

type Tab = 'home' | 'outbox' | 'requests';

function tabOf(route: AgentRoute): Tab | undefined {
  switch (route.name) {
    case 'home':
    case 'new':
    case 'draft':
    case 'filed':
      return 'home';
    case 'outbox':
      return 'outbox';
    case 'requests':
    case 'request':
    case 'amend':
    case 'respond':
      return 'requests';
    case 'enroll':
      return undefined;
    default: {
      const unhandled: never = route;
      throw new TypeError(`unhandled route ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The three sections; the outbox tab shows how many items wait for the network or the agent. */
export function AgentNav({ route, waiting }: { route: AgentRoute; waiting: number }) {
  const { text } = useLanguage();
  const current = tabOf(route);
  const tab = (name: Tab, label: string, badge?: number) => (
    <li>
      <a
        href={agentPath({ name })}
        onClick={followLink}
        aria-current={current === name ? 'page' : undefined}
        data-testid={`nav-${name}`}
      >
        {label}
        {badge ? (
          <span class="badge" data-testid="outbox-count">
            {badge}
          </span>
        ) : null}
      </a>
    </li>
  );
  return (
    <nav class="tabs" aria-label={text.navLabel}>
      <ul>
        {tab('home', text.navServices)}
        {tab('outbox', text.navOutbox, waiting)}
        {tab('requests', text.navRequests)}
      </ul>
    </nav>
  );
}
