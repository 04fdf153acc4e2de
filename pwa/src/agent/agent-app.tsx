import { useEffect } from 'preact/hooks';
import { db } from '../db/app-db';
import { getMeta } from '../db/seva-db';
import { useThrottledQuery } from '../db/use-throttled-query';
import { useLanguage } from '../i18n/language';
import { format } from '../i18n/strings';
import { syncClient } from '../sync/sync-client';
import { usePath } from '../ui/router';
import { useLiveQuery } from '../ui/use-live-query';
import { AgentScreen } from './agent-screen';
import { parseAgentPath } from './agent-routes';
import { useCatalog } from './catalog/use-catalog';
import { EnrollScreen } from './enroll/enroll-screen';
import { AgentHeader } from './header/agent-header';
import { AgentNav } from './header/agent-nav';
import { preloadAgentScreens } from './lazy-screens';

/** The field-agent app: enrollment first, then services, outbox and applications, all offline-capable. */
export function AgentApp() {
  const { text } = useLanguage();
  const route = parseAgentPath(usePath());
  const meta = useLiveQuery(
    async () => ({ enrollment: await getMeta(db, 'enrollment'), status: await getMeta(db, 'syncStatus') }),
    [],
  );
  // A badge: it may trail the worker by a moment, but must never hold up its transactions.
  const waiting = useThrottledQuery(() => db.outbox.count(), ['outbox'], []);
  const catalog = useCatalog();

  useEffect(() => {
    syncClient();
    // Ask the browser not to evict queued work under storage pressure.
    void navigator.storage?.persist?.();
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
    idle(() => preloadAgentScreens());
  }, []);

  if (!meta.loaded) return null;
  const { enrollment, status } = meta.value;
  const enrolled = enrollment !== undefined && route.name !== 'enroll';
  const agentName = enrollment
    ? format(text.enrolledAs, { name: enrollment.name, secretariat: enrollment.secretariatCode })
    : undefined;

  return (
    <div class="agent">
      <a class="skip" href="#main">
        {text.skipToContent}
      </a>
      <AgentHeader status={status} {...(agentName ? { agentName } : {})} />
      {enrolled && <AgentNav route={route} waiting={waiting.loaded ? waiting.value : 0} />}
      {enrolled ? (
        <AgentScreen route={route} catalog={catalog.loaded ? catalog.value : undefined} status={status} />
      ) : (
        <EnrollScreen />
      )}
    </div>
  );
}
