import PDFDocument from 'pdfkit';
import { certificateQrMatrix } from '../../../shared/certificate';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { certificateRows, referenceCells } from './certificate-rows';
import { drawCertificatePage, type PageContent } from './draw-certificate-page';
import { TableOverflowError, type TableDensity } from './draw-facts-table';
import { registerCertificateFonts } from './drawing';

/**
 * Renders a certificate as a one-page A4 PDF in English and Telugu, carrying its signed QR.
 * The document embeds only the glyphs it uses from Noto Sans Telugu; the fonts themselves are
 * parsed once per process. Throws a RangeError for a date it cannot print or facts that do not
 * fit on the page even set compactly, and whatever the QR encoder throws for `qrText`.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  // Everything that can reject the input runs before a document starts.
  const content = {
    input,
    cells: referenceCells(input),
    rows: certificateRows(input),
    matrix: certificateQrMatrix(input.qrText),
  };
  try {
    return await renderPage(content, 'regular');
  } catch (error) {
    // Rare certificates with many or long facts get a compact table rather than a second page.
    if (!(error instanceof TableOverflowError)) throw error;
    return renderPage(content, 'compact');
  }
}

function renderPage(content: PageContent, density: TableDensity): Promise<Uint8Array> {
  const { input } = content;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    // pdfkit starts every document in Helvetica, building its metrics tables each time, unless
    // told there is no starting font; its type definitions do not list that choice.
    font: null as unknown as undefined,
    info: {
      Title: `${input.title.en} ${input.certificateNumber}`,
      Subject: input.title.en,
      Author: input.office.en,
      Creator: 'Seva',
      // The issue time, not the render time: the same certificate renders to the same bytes.
      CreationDate: new Date(input.issuedAt),
    },
  });
  const bytes = collectBytes(doc);
  let pages = 1;
  doc.on('pageAdded', () => pages++);
  registerCertificateFonts(doc);
  drawCertificatePage(doc, content, density);
  doc.end();
  if (pages !== 1) throw new RangeError(`the certificate ran to ${pages} pages`);
  return bytes;
}

function collectBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
