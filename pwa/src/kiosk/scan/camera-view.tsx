import { format } from '../../i18n/strings';
import { useKioskText } from '../i18n/kiosk-text';
import { useQrCamera } from '../../scan/use-qr-camera';

const ELEMENT_ID = 'kiosk-camera';
/** Frames decoded per second: enough to feel instant, light enough for an old tablet. */
const FPS = 10;

/**
 * The live camera, reading QR codes until one is found: that text goes to `onText` once, and
 * the camera stops when this view goes away (the verdict replaces it).
 */
export function CameraView({ onText }: { onText: (text: string) => void }) {
  const { text } = useKioskText();
  const { state, retry } = useQrCamera(ELEMENT_ID, FPS, onText);

  return (
    <div class="camera" data-testid="kiosk-camera" data-state={state.kind}>
      <div id={ELEMENT_ID} class="camera-view" role="img" aria-label={text.cameraLabel} />
      {state.kind === 'starting' && <p class="camera-note">{text.cameraStarting}</p>}
      {state.kind === 'failed' && (
        <div class="camera-note" role="alert" data-testid="kiosk-camera-error" data-problem={state.problem.kind}>
          <p>
            {state.problem.kind === 'missing'
              ? text.cameraMissing
              : state.problem.kind === 'blocked'
                ? text.cameraBlocked
                : format(text.cameraUnavailable, { detail: state.problem.detail })}
          </p>
          <button type="button" onClick={retry}>
            {text.cameraRetry}
          </button>
        </div>
      )}
    </div>
  );
}
