import type { CertificatePdfInput } from './certificate-pdf-input';
import type { QrMatrix } from '../../../shared/certificate';
import { CERTIFICATE_LABELS } from './certificate-labels';
import type { CertificateRow } from './certificate-rows';
import { drawFactsTable, type TableDensity } from './draw-facts-table';
import { drawHeader } from './draw-header';
import { drawReferenceBand } from './draw-reference-band';
import { drawQrBlock } from './draw-qr-block';
import { drawIssuerBlock } from './draw-issuer-block';
import { MARGIN, qrPlacement } from './page-geometry';

/** Space kept between the table and the QR's quiet zone, and between the issuing office and the QR. */
const GAP = 18;

/** What a certificate page shows, prepared (and checked) before any drawing starts. */
export interface PageContent {
  input: CertificatePdfInput;
  cells: CertificateRow[];
  rows: CertificateRow[];
  matrix: QrMatrix;
}

/** Draws the whole certificate on the document's current page. */
export function drawCertificatePage(doc: PDFKit.PDFDocument, content: PageContent, density: TableDensity): void {
  const { input, matrix } = content;
  const bandTop = drawHeader(doc, input);
  const tableTop = drawReferenceBand(doc, content.cells, bandTop) + 10;
  const { box } = qrPlacement(matrix.size);
  drawFactsTable(doc, content.rows, tableTop, box.y - GAP, density);
  const placement = drawQrBlock(
    doc,
    matrix,
    input.certificateNumber,
    input.verifyHint ?? CERTIFICATE_LABELS.verifyHint,
  );
  drawIssuerBlock(doc, input.office, placement.y, box.x - GAP - MARGIN);
}
