import type { Html5Qrcode } from 'html5-qrcode';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createQrReader } from './qr-reader';

/** Why the camera could not run. */
export type CameraProblem = { kind: 'missing' } | { kind: 'blocked' } | { kind: 'other'; detail: string };
export type CameraState = { kind: 'starting' } | { kind: 'running' } | { kind: 'failed'; problem: CameraProblem };

/** What stopped the camera. html5-qrcode rejects with a message naming the browser's error. */
function problemOf(error: unknown): CameraProblem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/NotFoundError|OverconstrainedError|DevicesNotFound/.test(message)) return { kind: 'missing' };
  if (/NotAllowedError|PermissionDenied|SecurityError/.test(message)) return { kind: 'blocked' };
  return { kind: 'other', detail: message.slice(0, 160) };
}

/**
 * The back camera shown in the element `elementId`, reading QR codes `fps` frames a second until
 * one is found: its text goes to `onText` once. The camera stops when the component goes away;
 * `retry` starts it again after a failure. Used by the kiosk and by the agent's enrollment.
 */
export function useQrCamera(elementId: string, fps: number, onText: (text: string) => void) {
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const deliver = useRef(onText);
  deliver.current = onText;

  useEffect(() => {
    let leaving = false;
    let delivered = false;
    let reader: Html5Qrcode | undefined;
    const started = (async () => {
      reader = await createQrReader(elementId);
      if (leaving) return;
      await reader.start(
        { facingMode: 'environment' },
        { fps },
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
  }, [attempt, elementId, fps]);

  const retry = () => {
    setState({ kind: 'starting' });
    setAttempt((n) => n + 1);
  };
  return { state, retry };
}
