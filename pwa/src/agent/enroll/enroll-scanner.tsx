import type { Html5Qrcode } from 'html5-qrcode';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { createQrReader } from '../../scan/qr-reader';

const ELEMENT_ID = 'enroll-camera';
/** Frames decoded per second: quick to find the code, light on an old phone. */
const FPS = 8;

type State = { kind: 'starting' } | { kind: 'running' } | { kind: 'blocked' } | { kind: 'failed'; detail: string };

/**
 * The camera, reading until it finds a QR code; its text goes to `onCode` once and the camera
 * stops when this view goes away. `onCancel` returns to typing the code.
 */
export function EnrollScanner({ onCode, onCancel }: { onCode: (text: string) => void; onCancel: () => void }) {
  const { text } = useLanguage();
  const [state, setState] = useState<State>({ kind: 'starting' });
  const deliver = useRef(onCode);
  deliver.current = onCode;

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
        // Called for every frame without a code: the normal case.
        () => undefined,
      );
      if (!leaving) setState({ kind: 'running' });
    })();
    started.catch((error: unknown) => {
      if (leaving) return;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      setState(
        /NotAllowedError|PermissionDenied|SecurityError/.test(message)
          ? { kind: 'blocked' }
          : { kind: 'failed', detail: message.slice(0, 120) },
      );
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
  }, []);

  return (
    <div class="enroll-scanner" data-testid="enroll-scanner" data-state={state.kind}>
      <p>{text.scanHint}</p>
      <div id={ELEMENT_ID} class="camera-view" role="img" aria-label={text.scanCode} />
      <p role="status" class={state.kind === 'blocked' || state.kind === 'failed' ? 'error' : 'help'}>
        {state.kind === 'starting'
          ? text.scanStarting
          : state.kind === 'blocked'
            ? text.scanBlocked
            : state.kind === 'failed'
              ? format(text.scanUnavailable, { detail: state.detail })
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
