/** Where things go on the page, in PDF points (1/72 inch) from the top-left corner. */

const MM = 72 / 25.4;

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 20 * MM;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

/** White modules every scanner needs around a QR symbol. */
export const QR_QUIET_ZONE_MODULES = 4;
/** The symbol's width without its quiet zone: comfortable for a phone held at arm's length or a kiosk webcam. */
const QR_TARGET_SIDE = 45 * MM;
/** Below this a 300 dpi office printer smears modules together and cheap webcams cannot resolve them. */
const QR_MIN_MODULE = 0.6 * MM;
/** Room under the QR for the certificate number and the two-line verification hint. */
export const QR_CAPTION_HEIGHT = 58;
/** The bottom block (issuer and QR) ends here: closer to the edge than the margin, yet inside what any printer prints. */
const BOTTOM_BLOCK_END = A4.height - 14 * MM;

export interface QrPlacement {
  /** The symbol's top-left corner, inside the quiet zone. */
  x: number;
  y: number;
  moduleSize: number;
  /** The symbol with its quiet zone, which nothing else may overlap. */
  box: { x: number; y: number; side: number };
}

/** Where a QR symbol of `size` modules is drawn: bottom right, about 45 mm across, never finer than 0.6 mm a module. */
export function qrPlacement(size: number): QrPlacement {
  const moduleSize = Math.max(QR_MIN_MODULE, QR_TARGET_SIDE / size);
  const side = (size + 2 * QR_QUIET_ZONE_MODULES) * moduleSize;
  const box = { x: A4.width - MARGIN - side, y: BOTTOM_BLOCK_END - QR_CAPTION_HEIGHT - side, side };
  const quietZone = QR_QUIET_ZONE_MODULES * moduleSize;
  return { x: box.x + quietZone, y: box.y + quietZone, moduleSize, box };
}
