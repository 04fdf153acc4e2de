import type { CertificatePdfInput } from './certificate-pdf-input';
import { CERTIFICATE_LABELS } from './certificate-labels';
import { ACCENT, drawRule, HAIRLINE, INK, MUTED, writeText, type TextStyle } from './drawing';
import { A4, CONTENT_WIDTH, MARGIN } from './page-geometry';

const CENTERED = { width: CONTENT_WIDTH, align: 'center' } as const;

/**
 * The state and department, then the title in both languages. Telugu leads the state line, as
 * on the state's own letterheads; English leads the title, which officers read in both.
 * Returns where the next block may start.
 */
export function drawHeader(doc: PDFKit.PDFDocument, input: CertificatePdfInput): number {
  doc.rect(0, 0, A4.width, 8).fill(ACCENT);
  const { government } = CERTIFICATE_LABELS;
  const line = (text: string, top: number, style: TextStyle) => writeText(doc, text, MARGIN, top, style, CENTERED);
  let y = MARGIN - 16;
  y += line(government.te, y, { weight: 'bold', size: 16, color: ACCENT });
  y += line(government.en, y, { weight: 'bold', size: 13, color: ACCENT });
  y += 2;
  y += line(`${input.department.en}  ·  ${input.department.te}`, y, { weight: 'regular', size: 11, color: MUTED });
  y += 8;
  drawRule(doc, y, HAIRLINE, 0.75);
  y += 12;
  y += line(input.title.en, y, titleStyle(doc, input.title.en, 21));
  y += line(input.title.te, y, titleStyle(doc, input.title.te, 17));
  return y + 12;
}

/** A title shrinks to stay on one line, down to three quarters of its size; past that it wraps. */
function titleStyle(doc: PDFKit.PDFDocument, text: string, size: number): TextStyle {
  const width = doc.font('bold').fontSize(size).widthOfString(text);
  const fitting = width > CONTENT_WIDTH ? Math.max(size * 0.75, (size * CONTENT_WIDTH) / width) : size;
  return { weight: 'bold', size: Math.floor(fitting * 2) / 2, color: INK };
}
