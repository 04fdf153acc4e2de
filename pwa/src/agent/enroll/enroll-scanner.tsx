import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { useQrCamera } from '../../scan/use-qr-camera';

const ELEMENT_ID = 'enroll-camera';
/** Frames decoded per second: quick to find the code, light on an old phone. */
const FPS = 8;

/**
 * The camera, reading until it finds a QR code; its text goes to `onCode` once and the camera
 * stops when this view goes away. `onCancel` returns to typing the code.
 */
export function EnrollScanner({ onCode, onCancel }: { onCode: (text: string) => void; onCancel: () => void }) {
  const { text } = useLanguage();
  const { state } = useQrCamera(ELEMENT_ID, FPS, onCode);
  const failed = state.kind === 'failed' ? state.problem : undefined;

  return (
    <div class="enroll-scanner" data-testid="enroll-scanner" data-state={state.kind}>
      <p>{text.scanHint}</p>
      <div id={ELEMENT_ID} class="camera-view" role="img" aria-label={text.scanCode} />
      <p role="status" class={failed ? 'error' : 'help'}>
        {state.kind === 'starting'
          ? text.scanStarting
          : failed?.kind === 'blocked'
            ? text.scanBlocked
            : failed?.kind === 'missing'
              ? text.scanMissing
              : failed
                ? format(text.scanUnavailable, { detail: failed.detail })
                : ''}
      </p>
      <div class="actions">
        <button type="button" onClick={onCancel} data-testid="enroll-scan-cancel">
          {text.scanCancel}
        </button>
      </div>
    </div>
  );
}
