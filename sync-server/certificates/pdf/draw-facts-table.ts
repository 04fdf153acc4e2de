import type { CertificateRow } from './certificate-rows';
import { ACCENT, drawRule, HAIRLINE, INK, MUTED, writeText, type TextStyle } from './drawing';
import { CONTENT_WIDTH, MARGIN } from './page-geometry';

/**
 * How tightly the table is set. `regular` puts each label's Telugu under its English;
 * `compact` puts them on one line in smaller type, for certificates with many or long facts.
 */
export type TableDensity = 'regular' | 'compact';

/** The rows ran past the space the page has for them. */
export class TableOverflowError extends RangeError {}

const INSET = 6;
const LABEL_WIDTH = 188;
const VALUE_X = MARGIN + INSET + LABEL_WIDTH + 14;
const VALUE_WIDTH = MARGIN + CONTENT_WIDTH - INSET - VALUE_X;

/**
 * The two-column table: each label in English and Telugu, its value beside it. Rows grow to
 * fit wrapped text. Throws a TableOverflowError when the rows would run past `bottom`, the top
 * of the QR block: a certificate is one page. Returns where the table ends.
 */
export function drawFactsTable(
  doc: PDFKit.PDFDocument,
  rows: CertificateRow[],
  top: number,
  bottom: number,
  density: TableDensity,
): number {
  const style = STYLES[density];
  let y = top;
  rows.forEach((row, index) => {
    const textTop = y + style.padding;
    const labelHeight = writeLabel(doc, row, textTop, density);
    const valueStyle = row.emphasis ? style.emphasis : style.value;
    const valueHeight = writeText(doc, row.value, VALUE_X, textTop, valueStyle, { width: VALUE_WIDTH });
    y = textTop + Math.max(labelHeight, valueHeight) + style.padding;
    if (y > bottom) throw new TableOverflowError(`the certificate's ${rows.length} rows do not fit on one page`);
    const last = index === rows.length - 1;
    drawRule(doc, y, last ? ACCENT : HAIRLINE, last ? 1 : 0.5);
  });
  return y;
}

function writeLabel(doc: PDFKit.PDFDocument, row: CertificateRow, y: number, density: TableDensity): number {
  const at = (text: string, top: number, style: TextStyle) =>
    writeText(doc, text, MARGIN + INSET, top, style, { width: LABEL_WIDTH });
  switch (density) {
    case 'regular': {
      const english = at(row.label.en, y, { weight: 'regular', size: 9.5, color: INK });
      return english + at(row.label.te, y + english, { weight: 'regular', size: 9, color: MUTED });
    }
    case 'compact':
      return at(`${row.label.en} · ${row.label.te}`, y, { weight: 'regular', size: 9, color: INK });
  }
}

const STYLES: Record<TableDensity, { padding: number; value: TextStyle; emphasis: TextStyle }> = {
  regular: {
    padding: 5,
    value: { weight: 'regular', size: 11, color: INK },
    emphasis: { weight: 'bold', size: 12.5, color: INK },
  },
  compact: {
    padding: 3.5,
    value: { weight: 'regular', size: 10, color: INK },
    emphasis: { weight: 'bold', size: 11, color: INK },
  },
};
