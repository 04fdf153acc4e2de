import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import type { SyncStatus } from '../../db/rows';
import { useOnline } from '../../ui/use-online';

/** Brand, language switch, and whether work can reach the server right now. */
export function AgentHeader({ status, agentName }: { status: SyncStatus | undefined; agentName?: string }) {
  const { text, language, setLanguage, time, clock } = useLanguage();
  const online = useOnline();
  return (
    <header class="bar">
      <div class="bar-row">
        <span class="brand">{text.brand}</span>
        {agentName && <span class="agent-name">{agentName}</span>}
        <button
          type="button"
          class="language"
          lang={language === 'en' ? 'te' : 'en'}
          aria-label={text.switchLanguageLabel}
          data-testid="language-toggle"
          onClick={() => setLanguage(language === 'en' ? 'te' : 'en')}
        >
          {text.switchLanguage}
        </button>
      </div>
      <div class="bar-row status-row" role="status" aria-live="polite">
        <span class={online ? 'net net-on' : 'net net-off'} data-testid="online-indicator" data-online={String(online)}>
          <span class="dot" aria-hidden="true" />
          {online ? text.online : text.offline}
        </span>
        <span class="last-sync" data-testid="last-sync" data-at={status?.lastSuccessAt ?? ''}>
          {status?.lastSuccessAt
            ? new Date(status.lastSuccessAt).toDateString() === new Date().toDateString()
              ? format(text.lastSyncToday, { time: clock(status.lastSuccessAt) })
              : format(text.lastSync, { time: time(status.lastSuccessAt) })
            : text.neverSynced}
        </span>
      </div>
    </header>
  );
}
