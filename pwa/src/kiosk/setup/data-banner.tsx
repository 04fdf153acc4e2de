import { format } from '../../i18n/strings';
import type { KioskText } from '../i18n/kiosk-en';
import { useKioskText } from '../i18n/kiosk-text';
import type { RefreshOutcome } from '../data/kiosk-rows';
import { formatMoment } from '../verdict/dates';
import { freshness } from '../verifier/freshness';
import type { KioskStatus } from '../verifier/verifier-api';

/** What went wrong with the last refresh, when a person must do something about it. */
function refreshProblem(outcome: RefreshOutcome | undefined, text: KioskText): string | undefined {
  // Being offline is a kiosk's normal life; the freshness banner covers what it costs.
  switch (outcome?.kind) {
    case undefined:
    case 'no_token':
    case 'offline':
      return undefined;
    case 'refreshed':
      return outcome.failedStatusLists.length ? text.refreshProblem.statusLists : undefined;
    case 'unauthorized':
      return text.refreshProblem.unauthorized;
    case 'rejected':
      return text.refreshProblem[outcome.reason];
    case 'failed':
      return format(text.refreshProblem.failed, { detail: outcome.detail });
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled refresh outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Warns when the kiosk's answers may be out of date: no trust list yet, data older than seven
 * days, a build without a pinned root, or a refresh the server refused.
 */
export function DataBanner({ status }: { status: KioskStatus }) {
  const { text, language } = useKioskText();
  const fresh = freshness(status, new Date());
  const problem = refreshProblem(status.lastRefresh?.outcome, text);
  let warning: string | undefined;
  switch (fresh.kind) {
    case 'no_roots':
      warning = text.noRoots;
      break;
    case 'absent':
      warning = text.noData;
      break;
    case 'stale':
      warning = format(text.staleData, { time: formatMoment(fresh.asOf, language) });
      break;
    case 'fresh':
      break;
    default: {
      const unhandled: never = fresh;
      throw new TypeError(`unhandled freshness ${JSON.stringify(unhandled)}`);
    }
  }
  if (!warning && !problem) return null;
  return (
    <div class="data-banner" role="status" data-testid="kiosk-data-banner" data-kind={fresh.kind}>
      <svg class="banner-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3L2 20h20L12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
        <path d="M12 10v4.5M12 17v.3" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
      </svg>
      <div>
        {warning && <p>{warning}</p>}
        {problem && <p data-testid="kiosk-refresh-problem">{problem}</p>}
      </div>
    </div>
  );
}
