import type { RequestCertificateRow } from '../../db/rows';
import { getMeta, type SevaDb } from '../../db/seva-db';

/** Where a certificate's PDF is served (to an agent or officer whose jurisdiction covers it). */
export function certificatePdfPath(certificateId: string): string {
  return `/api/certificates/${encodeURIComponent(certificateId)}/pdf`;
}

export type PdfDownload = { kind: 'saved' } | { kind: 'offline' } | { kind: 'failed'; detail: string };

/**
 * Downloads the PDF with the device's token and hands it to the phone as a file. A plain link
 * cannot carry the bearer token, so the page fetches it and saves the bytes.
 */
export async function downloadCertificatePdf(db: SevaDb, certificate: RequestCertificateRow): Promise<PdfDownload> {
  const enrollment = await getMeta(db, 'enrollment');
  if (!enrollment) return { kind: 'failed', detail: 'not enrolled' };
  let response: Response;
  try {
    response = await fetch(certificatePdfPath(certificate.id), {
      headers: { Authorization: `Bearer ${enrollment.token}`, Accept: 'application/pdf' },
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }
  if (!response.ok) return { kind: 'failed', detail: String(response.status) };
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${certificate.number}.pdf`;
  link.click();
  // The browser has started reading it by now; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved' };
}
