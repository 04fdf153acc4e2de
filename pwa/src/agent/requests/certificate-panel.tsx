import { useState } from 'preact/hooks';
import { db } from '../../db/app-db';
import type { RequestCertificateRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { certificatePdfPath, downloadCertificatePdf, type PdfDownload } from './certificate-pdf';

/** The certificate of an issued application: its number, whether it still stands, and its PDF. */
export function CertificatePanel({ certificate }: { certificate: RequestCertificateRow }) {
  const { text, time } = useLanguage();
  const [download, setDownload] = useState<PdfDownload | 'loading' | undefined>(undefined);
  const revoked = certificate.status === 'revoked';

  const open = async (event: MouseEvent) => {
    event.preventDefault();
    setDownload('loading');
    setDownload(await downloadCertificatePdf(db, certificate));
  };

  return (
    <section aria-labelledby="certificate-heading" data-testid="request-certificate" data-status={certificate.status}>
      <h2 id="certificate-heading">{text.certificateHeading}</h2>
      <p>
        <span class="reference" lang="en" data-testid="certificate-number">
          {certificate.number}
        </span>{' '}
        <span class={`chip ${revoked ? 'status-rejected' : 'status-issued'}`} data-testid="certificate-status">
          {revoked
            ? format(text.certificateRevoked, { date: time(certificate.revokedAt ?? certificate.issuedAt) })
            : text.certificateValid}
        </span>
      </p>
      <p class="muted">{format(text.certificateIssued, { time: time(certificate.issuedAt) })}</p>
      {!revoked && (
        <p>
          <a
            class="button"
            href={certificatePdfPath(certificate.id)}
            onClick={(event) => void open(event)}
            data-testid="certificate-pdf"
          >
            {download === 'loading' ? text.certificatePdfLoading : text.certificatePdf}
          </a>
        </p>
      )}
      {download !== undefined && download !== 'loading' && download.kind !== 'saved' && (
        <p class="notice" role="alert">
          {download.kind === 'offline'
            ? text.certificatePdfOffline
            : format(text.certificatePdfFailed, { detail: download.detail })}
        </p>
      )}
    </section>
  );
}
