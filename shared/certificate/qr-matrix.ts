import { create } from 'qrcode';

/**
 * The QR symbol for a certificate text: one alphanumeric-mode segment (5.5 bits a character,
 * which is why Base45 exists), error correction Q (25% of the symbol can be damaged — a folded
 * or stained paper certificate still scans), version 15 (77×77 modules) at most, so it prints
 * legibly in a few centimetres. Uses only the `qrcode` package's encoder core, which has no DOM
 * dependency; rendering (PDF, canvas, SVG) is the caller's.
 */

export const MAX_CERTIFICATE_QR_VERSION = 15;
const ALPHANUMERIC_MODE = /^[0-9A-Z $%*+\-./:]+$/;

export interface QrMatrix {
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, col: number): boolean;
}

/** @throws TypeError for a text outside the QR alphanumeric set; RangeError when it needs a version above 15. */
export function certificateQrMatrix(text: string): QrMatrix {
  if (!ALPHANUMERIC_MODE.test(text)) {
    throw new TypeError('a certificate QR holds only QR alphanumeric characters (0-9, A-Z, space and $%*+-./:)');
  }
  const symbol = create([{ mode: 'alphanumeric', data: text }], { errorCorrectionLevel: 'Q' });
  if (symbol.version > MAX_CERTIFICATE_QR_VERSION) {
    throw new RangeError(
      `a ${text.length}-character certificate needs QR version ${symbol.version}; the limit is ${MAX_CERTIFICATE_QR_VERSION} at error correction Q`,
    );
  }
  const { modules } = symbol;
  return {
    version: symbol.version,
    size: modules.size,
    isDark: (row, col) =>
      row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) !== 0,
  };
}
