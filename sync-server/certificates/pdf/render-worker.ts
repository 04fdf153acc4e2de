import { parentPort } from 'node:worker_threads';
import { certificateFonts } from './certificate-fonts';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { renderCertificatePdf } from './render-certificate-pdf';

/** Pool → render worker. */
export type ToRenderWorker = { type: 'render'; id: number; input: CertificatePdfInput };

/** An error thrown while rendering, as it crosses to the pool. */
export interface RenderFailure {
  name: string;
  message: string;
  stack: string | undefined;
}

/** Render worker → pool. `rendered` transfers the PDF's bytes rather than copying them. */
export type FromRenderWorker =
  | { type: 'ready' }
  | { type: 'rendered'; id: number; pdf: ArrayBuffer }
  | { type: 'failed'; id: number; error: RenderFailure };

/**
 * One thread of the PDF render pool (`render-pool.ts`), started through `render-worker-boot.mjs`:
 * parses the fonts once, says it is ready, then renders each certificate it is handed.
 */
function serve(port: NonNullable<typeof parentPort>): void {
  const post = (message: FromRenderWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  port.on('message', (message: ToRenderWorker) => {
    switch (message.type) {
      case 'render':
        renderCertificatePdf(message.input).then(
          (bytes) => {
            const pdf = ownArrayBuffer(bytes);
            post({ type: 'rendered', id: message.id, pdf }, [pdf]);
          },
          (error: unknown) => post({ type: 'failed', id: message.id, error: renderFailure(error) }),
        );
        return;
    }
  });
  // Parsing the fonts costs more than many pages: do it before the first certificate waits on it.
  certificateFonts();
  post({ type: 'ready' });
}

/** The bytes in an ArrayBuffer of their own, so it can be transferred without taking anything else along. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

function renderFailure(error: unknown): RenderFailure {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'Error', message: String(error), stack: undefined };
}

if (!parentPort) throw new Error('the PDF render worker runs only as a worker thread');
serve(parentPort);
