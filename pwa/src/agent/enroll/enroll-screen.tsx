import { useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { syncClient } from '../../sync/sync-client';
import type { EnrollOutcome } from '../../sync/sync-api';
import { navigate } from '../../ui/router';
import { lazyComponent } from '../../ui/lazy';
import { Screen } from '../../ui/screen';
import { agentPath } from '../agent-routes';
import { canScanCode, enrollmentCodeFrom } from './scan-code';

// The camera view is only for agents who scan; it stays out of the first load.
const EnrollScanner = lazyComponent(() => import('./enroll-scanner').then((module) => module.EnrollScanner));

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: EnrollOutcome };

/** One-time enrollment: the code from `npx seva enroll` becomes this device's token (SYNC-ENROLL-1). */
export function EnrollScreen() {
  const { text } = useLanguage();
  const [code, setCode] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [scanning, setScanning] = useState(false);

  const enroll = async (given: string) => {
    if (!given.trim() || phase.kind === 'busy') return;
    setPhase({ kind: 'busy' });
    const outcome = await syncClient()
      .api.enroll(enrollmentCodeFrom(given))
      .catch((error: unknown): EnrollOutcome => ({ kind: 'failed', detail: String(error) }));
    setPhase({ kind: 'done', outcome });
    if (outcome.kind === 'enrolled') navigate(agentPath({ name: 'home' }), { replace: true });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void enroll(code);
  };
  // A scanned code is entered at once: scanning is how the agent avoids typing it.
  const scanned = (text: string) => {
    setScanning(false);
    setCode(enrollmentCodeFrom(text));
    void enroll(text);
  };

  const error = phase.kind === 'done' ? errorText(phase.outcome) : undefined;
  function errorText(outcome: EnrollOutcome): string | undefined {
    switch (outcome.kind) {
      case 'enrolled':
        return undefined;
      case 'invalid_code':
        return text.enrollInvalid;
      case 'offline':
        return text.enrollOffline;
      case 'failed':
        return format(text.enrollFailed, { detail: outcome.detail });
      default: {
        const unhandled: never = outcome;
        throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
      }
    }
  }

  return (
    <Screen title={text.enrollTitle}>
      <p>{text.enrollIntro}</p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="enroll-code">{text.enrollCodeLabel}</label>
          <p class="help" id="enroll-code-help">
            {text.enrollCodeHelp}
          </p>
          <input
            id="enroll-code"
            data-testid="enroll-code"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autocomplete="one-time-code"
            autocapitalize="characters"
            spellcheck={false}
            aria-describedby={error ? 'enroll-code-help enroll-error' : 'enroll-code-help'}
            aria-invalid={error ? true : undefined}
          />
          <p id="enroll-error" class="error" role="alert" data-testid="enroll-error">
            {error ?? ''}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" data-testid="enroll-submit" disabled={phase.kind === 'busy'}>
            {phase.kind === 'busy' ? text.enrolling : text.enrollButton}
          </button>
          {canScanCode() && !scanning && (
            <button type="button" onClick={() => setScanning(true)} data-testid="enroll-scan">
              {text.scanCode}
            </button>
          )}
        </div>
      </form>
      {scanning && <EnrollScanner.Lazy onCode={scanned} onCancel={() => setScanning(false)} />}
    </Screen>
  );
}
