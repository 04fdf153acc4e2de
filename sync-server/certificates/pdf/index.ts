export type { CertificateFact, CertificatePdfInput } from './certificate-pdf-input';
export { renderCertificatePdf } from './render-certificate-pdf';
export { qrRectangles, type QrRectangle } from './qr-rectangles';
export { qrPlacement, type QrPlacement } from './page-geometry';
