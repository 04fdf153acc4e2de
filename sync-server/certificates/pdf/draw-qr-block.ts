import type { LocalizedText } from '../../../shared/i18n/languages';
import type { QrMatrix } from '../../../shared/certificate';
import { qrPlacement, type QrPlacement } from './page-geometry';
import { INK, MUTED, writeText } from './drawing';
import { qrRectangles } from './qr-rectangles';

/**
 * The QR symbol as filled vector rectangles (sharp at any print resolution, and far smaller
 * than an image), with the certificate number and the verification hint under it.
 * Returns where it was drawn.
 */
export function drawQrBlock(
  doc: PDFKit.PDFDocument,
  matrix: QrMatrix,
  certificateNumber: string,
  hint: LocalizedText,
): QrPlacement {
  const placement = qrPlacement(matrix.size);
  // Drawing in module units keeps every coordinate a small integer; writing the rectangles as
  // one piece of content spares pdfkit a thousand calls, each formatting and buffering a line.
  const path = qrRectangles(matrix)
    .map(({ x, y, width, height }) => `${x} ${y} ${width} ${height} re`)
    .join('\n');
  doc.save().translate(placement.x, placement.y).scale(placement.moduleSize).addContent(path);
  // One fill for the whole symbol: rectangles filled one by one leave hairline seams in some viewers.
  doc.fill(QR_DARK).restore();

  const { box } = placement;
  const caption = { width: box.side, align: 'center' } as const;
  let y = box.y + box.side;
  y += writeText(doc, certificateNumber, box.x, y, { weight: 'bold', size: 10, color: INK }, caption);
  y += writeText(doc, hint.en, box.x, y, { weight: 'regular', size: 8.5, color: MUTED }, caption);
  writeText(doc, hint.te, box.x, y, { weight: 'regular', size: 8.5, color: MUTED }, caption);
  return placement;
}

/** Pure black: the most contrast a camera can get from ink on paper. */
const QR_DARK = '#000000';
