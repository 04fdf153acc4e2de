import { createRequire } from 'node:module';
import type { GrayImage } from './poppler';

/**
 * Reads a QR code from an image with ZXing — the decoder html5-qrcode (the kiosk's scanner)
 * is built on, which ships it as a plain script. Returns the text, or undefined when no QR
 * code can be read.
 */
export function readQr(image: GrayImage): string | undefined {
  const source = new zxing.RGBLuminanceSource(new Uint8ClampedArray(image.pixels), image.width, image.height);
  const bitmap = new zxing.BinaryBitmap(new zxing.HybridBinarizer(source));
  try {
    return new zxing.QRCodeReader().decode(bitmap, new Map([[zxing.DecodeHintType.TRY_HARDER, true]])).getText();
  } catch {
    return undefined;
  }
}

/** The part of ZXing used here; the script has no type definitions. */
interface ZXing {
  RGBLuminanceSource: new (luminances: Uint8ClampedArray, width: number, height: number) => object;
  HybridBinarizer: new (source: object) => object;
  BinaryBitmap: new (binarizer: object) => object;
  QRCodeReader: new () => { decode(bitmap: object, hints: Map<unknown, unknown>): { getText(): string } };
  DecodeHintType: { TRY_HARDER: unknown };
}

const zxing = createRequire(import.meta.url)('html5-qrcode/third_party/zxing-js.umd.js') as ZXing;
