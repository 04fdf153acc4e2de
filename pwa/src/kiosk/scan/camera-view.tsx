import type { Html5Qrcode } from 'html5-qrcode';
import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/strings';
import { useKioskText } from '../i18n/kiosk-text';
import { createQrReader } from '../../scan/qr-reader';

const ELEMENT_ID = 'kiosk-camera';
/** Frames decoded per second: enough to feel instant, light enough for an old tablet. */
const FPS = 10;

type CameraProblem = { kind: 'missing' } | { kind: 'blocked' } | { kind: 'other'; detail: string };
type CameraState = { kind: 'starting' } | { kind: 'running' } | { kind: 'failed'; problem: CameraProblem };

/** What stopped the camera. html5-qrcode rejects with a message naming the browser's error. */
function problemOf(error: unknown): CameraProblem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/NotFoundError|OverconstrainedError|DevicesNotFound/.test(message)) return { kind: 'missing' };
  if (/NotAllowedError|PermissionDenied|SecurityError/.test(message)) return { kind: 'blocked' };
  return { kind: 'other', detail: message.slice(0, 160) };
}

/**
 * The live camera, reading QR codes until one is found: that text goes to `onText` once, and
 * the camera stops when this view goes away (the verdict replaces it).
 */
export function CameraView({ onText }: { onText: (text: string) => void }) {
  const { text } = useKioskText();
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const deliver = useRef(onText);
  deliver.current = onText;

  useEffect(() => {
    let leaving = false;
    let delivered = false;
    let reader: Html5Qrcode | undefined;
    const started = (async () => {
      reader = await createQrReader(ELEMENT_ID);
      if (leaving) return;
      await reader.start(
        { facingMode: 'environment' },
        { fps: FPS },
        (decoded) => {
          if (delivered || leaving) return;
          delivered = true;
          deliver.current(decoded);
        },
        // Called for every frame without a code: the normal case, nothing to report.
        () => undefined,
      );
      if (!leaving) setState({ kind: 'running' });
    })();
    started.catch((error: unknown) => {
      if (!leaving) setState({ kind: 'failed', problem: problemOf(error) });
    });
    return () => {
      leaving = true;
      // Stop only once starting has settled: stopping a camera that is still opening leaves it on.
      void started
        .catch(() => undefined)
        .then(async () => {
          if (reader?.isScanning) await reader.stop();
          reader?.clear();
        })
        .catch((error: unknown) => console.warn('stopping the camera failed', error));
    };
  }, [attempt]);

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
          <button
            type="button"
            onClick={() => {
              setState({ kind: 'starting' });
              setAttempt((n) => n + 1);
            }}
          >
            {text.cameraRetry}
          </button>
        </div>
      )}
    </div>
  );
}
