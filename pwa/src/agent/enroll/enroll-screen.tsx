import { useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { syncClient } from '../../sync/sync-client';
import type { EnrollOutcome } from '../../sync/sync-api';
import { navigate } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { agentPath } from '../agent-routes';
import { canScanCode, scanEnrollmentCode } from './scan-code';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: EnrollOutcome };

/** One-time enrollment: the code from `npx seva enroll` becomes this device's token (SYNC-ENROLL-1). */
export function EnrollScreen() {
  const { text } = useLanguage();
  const [code, setCode] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!code.trim() || phase.kind === 'busy') return;
    setPhase({ kind: 'busy' });
    const outcome = await syncClient()
      .api.enroll(code.replace(/\s+/g, ''))
      .catch((error: unknown): EnrollOutcome => ({ kind: 'failed', detail: String(error) }));
    setPhase({ kind: 'done', outcome });
    if (outcome.kind === 'enrolled') navigate(agentPath({ name: 'home' }), { replace: true });
  };

  const scan = async () => {
    const scanned = await scanEnrollmentCode();
    if (scanned) setCode(scanned);
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
          {canScanCode() && (
            <button type="button" onClick={() => void scan()}>
              {text.scanCode}
            </button>
          )}
        </div>
      </form>
    </Screen>
  );
}
