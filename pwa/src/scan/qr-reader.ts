import type * as Html5QrcodeModule from 'html5-qrcode';
import type { Html5Qrcode } from 'html5-qrcode';

/**
 * html5-qrcode, loaded on first use: with its ZXing decoder it weighs far more than the agent
 * app's whole first load, so it lives in its own chunk (the service worker precaches it, so
 * it loads offline too).
 */
let loading: Promise<typeof Html5QrcodeModule> | undefined;

export function loadQrLibrary(): Promise<typeof Html5QrcodeModule> {
  loading ??= import('html5-qrcode');
  return loading;
}

/**
 * A reader bound to the element `elementId`, reading QR codes only (fewer formats, faster
 * frames), through the browser's BarcodeDetector where it has one and ZXing elsewhere.
 */
export async function createQrReader(elementId: string): Promise<Html5Qrcode> {
  const { Html5Qrcode, Html5QrcodeSupportedFormats } = await loadQrLibrary();
  return new Html5Qrcode(elementId, {
    verbose: false,
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    experimentalFeatures: { useBarCodeDetectorIfSupported: true },
  });
}

/**
 * How a photo is tried, in turn, until one reads: at full size and smaller, then turned a
 * quarter at a time. ZXing (the decoder where the browser has no BarcodeDetector) misses
 * some symbols in one position yet reads them in another, and a photo, unlike the camera,
 * offers no next frame.
 */
const PHOTO_ATTEMPTS: readonly { scale: number; quarterTurns: number }[] = [0, 1, 2, 3].flatMap((quarterTurns) =>
  [1, 0.75, 0.5].map((scale) => ({ scale, quarterTurns })),
);

/** The image scaled by `scale` and turned clockwise; undefined when the browser cannot read it as an image. */
async function transformedImage(file: File, scale: number, quarterTurns: number): Promise<File | undefined> {
  try {
    const bitmap = await createImageBitmap(file);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const sideways = quarterTurns % 2 === 1;
    const canvas = new OffscreenCanvas(sideways ? height : width, sideways ? width : height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.translate(canvas.width / 2, canvas.height / 2);
    context.rotate((quarterTurns * Math.PI) / 2);
    context.drawImage(bitmap, -width / 2, -height / 2, width, height);
    bitmap.close();
    return new File([await canvas.convertToBlob({ type: 'image/png' })], file.name, { type: 'image/png' });
  } catch {
    return undefined;
  }
}

/** The text of the QR code in an image file (a photo of a certificate), or undefined when none is found. */
export async function readQrFromFile(elementId: string, file: File): Promise<string | undefined> {
  const reader = await createQrReader(elementId);
  try {
    for (const { scale, quarterTurns } of PHOTO_ATTEMPTS) {
      const image = scale === 1 && quarterTurns === 0 ? file : await transformedImage(file, scale, quarterTurns);
      if (!image) return undefined;
      try {
        return await reader.scanFile(image, false);
      } catch {
        // html5-qrcode rejects when no decoder finds a code: try the next way.
      }
    }
    return undefined;
  } finally {
    reader.clear();
  }
}
