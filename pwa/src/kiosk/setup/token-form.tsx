import { useState } from 'preact/hooks';
import { format } from '../../i18n/strings';
import { useKioskText } from '../i18n/kiosk-text';
import type { TokenOutcome } from '../verifier/verifier-api';
import { verifierClient } from '../verifier/verifier-client';

type FormState = { kind: 'editing' } | { kind: 'saving' } | { kind: 'done'; outcome: TokenOutcome };

/**
 * The kiosk token, entered once by whoever sets the kiosk up. It is sent to the server only to
 * download the trust and status lists; checking a certificate never uses it.
 */
export function TokenForm({ hasToken }: { hasToken: boolean }) {
  const { text } = useKioskText();
  const [token, setToken] = useState('');
  const [state, setState] = useState<FormState>({ kind: 'editing' });

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const outcome = await verifierClient().api.saveToken(token);
    if (outcome.kind === 'saved') setToken('');
    setState({ kind: 'done', outcome });
  };

  let message: string | undefined;
  if (state.kind === 'done') {
    const { outcome } = state;
    if (outcome.kind === 'refused') message = format(text.tokenRefused, { detail: outcome.detail });
    else if (outcome.kind === 'saved') {
      message = outcome.refresh.kind === 'offline' ? text.tokenSavedOffline : text.tokenSaved;
    }
  }

  return (
    <form class="token-form" onSubmit={(event) => void save(event)} data-testid="kiosk-token-form">
      <h2>{text.setupHeading}</h2>
      <p class="muted">{text.setupIntro}</p>
      {hasToken && <p data-testid="kiosk-token-present">{text.tokenPresent}</p>}
      <div class="field">
        <label for="kiosk-token">{hasToken ? text.tokenChange : text.tokenLabel}</label>
        <input
          id="kiosk-token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          data-testid="kiosk-token"
        />
      </div>
      <button type="submit" disabled={state.kind === 'saving' || token.trim() === ''} data-testid="kiosk-token-save">
        {state.kind === 'saving' ? text.tokenSaving : text.tokenSave}
      </button>
      {message && (
        <p role="status" data-testid="kiosk-token-message">
          {message}
        </p>
      )}
    </form>
  );
}
