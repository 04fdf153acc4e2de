import { certificateFonts } from './certificate-fonts';
import { A4, MARGIN } from './page-geometry';

/** What the certificate page is drawn with: its colours, its two font weights, text and rules. */

export const INK = '#1a1a1a';
export const MUTED = '#55595f';
export const ACCENT = '#1d3557';
export const HAIRLINE = '#c8cdd4';

export interface TextStyle {
  weight: 'regular' | 'bold';
  size: number;
  color: string;
}

/** Registers the certificate fonts under the names of their weights. */
export function registerCertificateFonts(doc: PDFKit.PDFDocument): void {
  const fonts = certificateFonts();
  // pdfkit takes a parsed fontkit Font wherever it takes a font file (it checks for `layout`);
  // its type definitions list only files. Passing the shared Font skips a parse per document.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
}

/**
 * Writes `text` in `style` within `width`, wrapping only when it must; returns the height it
 * took. Most lines fit, and placing those directly skips pdfkit's line breaker, which shapes
 * and measures every word a second time.
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  options: { width: number; align?: 'left' | 'center' | 'right' },
): number {
  doc.font(style.weight).fontSize(style.size).fillColor(style.color);
  const { width, align = 'left' } = options;
  const textWidth = text.includes('\n') ? Infinity : doc.widthOfString(text);
  if (textWidth <= width) {
    const indent = align === 'center' ? (width - textWidth) / 2 : align === 'right' ? width - textWidth : 0;
    doc.text(text, x + indent, y, { lineBreak: false });
    return doc.currentLineHeight(true) + LINE_GAP;
  }
  doc.text(text, x, y, { width, align, lineGap: LINE_GAP });
  // pdfkit leaves its cursor under what it wrote.
  return doc.y - y;
}

const LINE_GAP = 1;

/** A horizontal line across the content width. */
export function drawRule(doc: PDFKit.PDFDocument, y: number, color: string, width: number): void {
  doc
    .moveTo(MARGIN, y)
    .lineTo(A4.width - MARGIN, y)
    .lineWidth(width)
    .stroke(color);
}
