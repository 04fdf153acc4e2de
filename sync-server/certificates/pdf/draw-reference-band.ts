import type { CertificateRow } from './certificate-rows';
import { ACCENT, drawRule, HAIRLINE, INK, MUTED, writeText } from './drawing';
import { CONTENT_WIDTH, MARGIN } from './page-geometry';

const PADDING = 6;
const INSET = 6;

/**
 * The numbers and dates side by side in equal cells, each label in English over Telugu with
 * the value under it, between two rules. Returns where the band ends.
 */
export function drawReferenceBand(doc: PDFKit.PDFDocument, cells: CertificateRow[], top: number): number {
  const cellWidth = CONTENT_WIDTH / cells.length;
  const textWidth = cellWidth - 2 * INSET;
  let bottom = top;
  cells.forEach((cell, index) => {
    const x = MARGIN + index * cellWidth + INSET;
    let y = top + PADDING;
    y += writeText(doc, cell.label.en, x, y, LABEL_EN, { width: textWidth });
    y += writeText(doc, cell.label.te, x, y, LABEL_TE, { width: textWidth });
    y += 2;
    y += writeText(doc, cell.value, x, y, VALUE, { width: textWidth });
    bottom = Math.max(bottom, y + PADDING);
  });
  drawRule(doc, top, ACCENT, 1);
  drawRule(doc, bottom, ACCENT, 1);
  for (let index = 1; index < cells.length; index++) {
    const x = MARGIN + index * cellWidth;
    doc
      .moveTo(x, top + PADDING)
      .lineTo(x, bottom - PADDING)
      .lineWidth(0.5)
      .stroke(HAIRLINE);
  }
  return bottom;
}

const LABEL_EN = { weight: 'regular', size: 8.5, color: MUTED } as const;
const LABEL_TE = { weight: 'regular', size: 8.5, color: MUTED } as const;
const VALUE = { weight: 'bold', size: 10.5, color: INK } as const;
