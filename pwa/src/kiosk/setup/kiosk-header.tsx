import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { useOnline } from '../../ui/use-online';
import { useKioskText } from '../i18n/kiosk-text';
import { formatMoment } from '../verdict/dates';
import type { KioskStatus } from '../verifier/verifier-api';
import { verifierClient } from '../verifier/verifier-client';

/** Brand, language switch, and how current the kiosk's data is (with a way to update it now). */
export function KioskHeader({ status }: { status: KioskStatus | undefined }) {
  const { text: appText, setLanguage } = useLanguage();
  const { text, language } = useKioskText();
  const online = useOnline();
  return (
    <header class="bar kiosk-bar">
      <div class="bar-row">
        <span class="brand">{appText.brand}</span>
        <span class="kiosk-title">{text.title}</span>
        <button
          type="button"
          class="language"
          lang={language === 'en' ? 'te' : 'en'}
          aria-label={appText.switchLanguageLabel}
          data-testid="language-toggle"
          onClick={() => setLanguage(language === 'en' ? 'te' : 'en')}
        >
          {appText.switchLanguage}
        </button>
      </div>
      <div class="bar-row status-row">
        <span class={online ? 'net net-on' : 'net net-off'} data-testid="online-indicator" data-online={String(online)}>
          <span class="dot" aria-hidden="true" />
          {online ? appText.online : appText.offline}
        </span>
        <span data-testid="kiosk-data-as-of" data-at={status?.dataAsOf ?? ''}>
          {status?.refreshing
            ? text.updating
            : status?.dataAsOf
              ? format(text.dataAsOf, { time: formatMoment(status.dataAsOf, language) })
              : ''}
        </span>
        {status?.hasToken && online && !status.refreshing && (
          <button
            type="button"
            class="link bar-link"
            onClick={() => verifierClient().refresh('manual')}
            data-testid="kiosk-refresh"
          >
            {text.updateNow}
          </button>
        )}
      </div>
    </header>
  );
}
