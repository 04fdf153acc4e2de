import type { SyncStatus } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { syncClient } from '../../sync/sync-client';
import { followLink } from '../../ui/router';
import { useOnline } from '../../ui/use-online';
import { agentPath } from '../agent-routes';
import { useSyncProgress } from './use-sync-progress';

/** The sync progress bar, the "sync now" button, and any problem that needs the agent. */
export function SyncPanel({ status }: { status: SyncStatus | undefined }) {
  const { text, clock } = useLanguage();
  const online = useOnline();
  const progress = useSyncProgress();
  const problem = status?.problem ?? 'none';
  const running = progress.phase !== 'idle';

  let label = '';
  let value: number | undefined;
  let max: number | undefined;
  if (progress.phase === 'pushing') {
    label = format(text.pushProgress, { sent: progress.sent, total: progress.total });
    value = progress.sent;
    max = Math.max(1, progress.total);
  } else if (progress.phase === 'pulling') label = format(text.pullProgress, { count: progress.received });
  else if (progress.phase === 'starting') label = text.syncing;

  return (
    <section class="sync-panel" aria-label={text.syncNow}>
      {problem !== 'none' && (
        <div class="problem" role="alert" data-testid="sync-problem" data-problem={problem}>
          <p>{format(text.problem[problem], { detail: status?.detail ?? '' })}</p>
          {problem === 'needs_enrollment' && (
            <a class="button" href={agentPath({ name: 'enroll' })} onClick={followLink}>
              {text.enrollAgain}
            </a>
          )}
        </div>
      )}
      <div class="sync-row">
        <button
          type="button"
          data-testid="sync-now"
          disabled={running || !online}
          onClick={() => syncClient().request('manual')}
        >
          {running ? text.syncing : text.syncNow}
        </button>
        <div class="progress" aria-live="polite" data-testid="sync-progress" data-phase={progress.phase}>
          {running && <progress value={value} max={max} aria-label={label} />}
          <span>{label}</span>
        </div>
      </div>
      {!online && (
        <p class="muted" data-testid="offline-note">
          {text.offlineNote}
        </p>
      )}
      {online &&
        !running &&
        status?.nextRetryAt &&
        problem === 'none' &&
        Date.parse(status.nextRetryAt) > Date.now() && (
          <p class="muted">{format(text.nextRetry, { time: clock(status.nextRetryAt) })}</p>
        )}
    </section>
  );
}
