import { create, toBuffer, type QRCodeSegment } from 'qrcode';

/**
 * A QR code as the kiosk's camera or photo picker would see it: a Y4M video for Chromium's
 * fake camera (`--use-file-for-fake-video-capture`) and a PNG for the file input. Made here
 * from the text, with no external tools. Certificates use error correction Q, as printed.
 */

/** Modules of white border the QR standard asks for around the symbol. */
export const QUIET_ZONE = 4;
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

/** A certificate's text as one alphanumeric segment, as it is printed; any other text as the encoder sees fit. */
export function qrSegments(text: string): string | QRCodeSegment[] {
  return ALPHANUMERIC.test(text) ? [{ mode: 'alphanumeric', data: text }] : text;
}

export interface Y4mOptions {
  width?: number;
  height?: number;
  /** The largest module size tried, in pixels; frames go down from it to 3. */
  maxModulePx?: number;
}

type Modules = { size: number; get(row: number, col: number): number | boolean };

/** Whether the module drawn at (row, col) is dark when the symbol is turned clockwise `quarterTurns` times. */
function darkAt(modules: Modules, row: number, col: number, quarterTurns: number): boolean {
  const last = modules.size - 1;
  switch (quarterTurns % 4) {
    case 1:
      return Boolean(modules.get(last - col, row));
    case 2:
      return Boolean(modules.get(last - row, last - col));
    case 3:
      return Boolean(modules.get(col, last - row));
    default:
      return Boolean(modules.get(row, col));
  }
}

/** One frame's luma plane: the symbol black on white, `modulePx` a module, turned, centred then moved by `shift`. */
function lumaPlane(
  modules: Modules,
  frame: { width: number; height: number; modulePx: number; quarterTurns: number; shift: number },
): Buffer {
  const { width, height, modulePx, quarterTurns, shift } = frame;
  const luma = Buffer.alloc(width * height, 255);
  const left = Math.floor((width - modules.size * modulePx) / 2) + shift;
  const top = Math.floor((height - modules.size * modulePx) / 2) + shift;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!darkAt(modules, row, col, quarterTurns)) continue;
      for (let y = 0; y < modulePx; y++) {
        const start = (top + row * modulePx + y) * width + left + col * modulePx;
        luma.fill(0, start, start + modulePx);
      }
    }
  }
  return luma;
}

/**
 * The text's QR symbol, black on white, as an I420 Y4M file (after the header, each frame is a
 * `FRAME` line and its YUV 4:2:0 planes; chroma is neutral, 128). Like a certificate held up
 * by hand, the symbol is not still: frames show it at several sizes (from `maxModulePx` down
 * to 3 pixels a module, keeping its quiet zone in the frame), turned a quarter at a time and a
 * pixel apart. A still picture would be a poor test: ZXing, the decoder where the browser has
 * no BarcodeDetector, misses some symbols in one exact position yet reads them in the next.
 */
export function qrY4m(text: string, options: Y4mOptions = {}): Buffer {
  const { width = 640, height = 480, maxModulePx = 8 } = options;
  if (width % 2 || height % 2) throw new RangeError('Y4M 4:2:0 needs an even width and height');
  const { modules } = create(qrSegments(text), { errorCorrectionLevel: 'Q' });
  const fits = Math.floor(Math.min(width, height) / (modules.size + 2 * QUIET_ZONE));
  const largest = Math.min(maxModulePx, fits);
  if (largest < 3) throw new RangeError(`a ${modules.size}-module QR does not fit ${width}x${height}`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frames: Buffer[] = [];
  for (let modulePx = largest; modulePx >= 3; modulePx--) {
    for (let quarterTurns = 0; quarterTurns < 4; quarterTurns++) {
      for (const shift of [0, 1]) {
        const luma = lumaPlane(modules, { width, height, modulePx, quarterTurns, shift });
        frames.push(Buffer.from('FRAME\n', 'ascii'), luma, chroma);
      }
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  return Buffer.concat([header, ...frames]);
}

/** The text's QR symbol as a PNG, like a photo of a certificate's QR sent on WhatsApp. */
export function qrPng(text: string, scale = 6): Promise<Buffer> {
  return toBuffer(qrSegments(text), { type: 'png', errorCorrectionLevel: 'Q', margin: QUIET_ZONE, scale });
}
