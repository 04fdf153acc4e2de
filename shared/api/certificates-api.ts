import { z } from 'zod';
import { CertificateSchema } from '../model/certificate';
import { RecordIdSchema } from '../model/service-request';

/**
 * Certificate endpoints:
 * - `GET /api/trust-list` (public): the trust list signed by the root, a `SignedDocument`
 *   (`shared/certificate`).
 * - `GET /api/status-lists/:id` (public): an issuer's revocation list, a `SignedDocument`.
 *   Both carry an ETag and answer `If-None-Match` with 304.
 * - `GET /api/certificates/:id` (agent, officer in jurisdiction; admin): `CertificateResponse`.
 * - `GET /api/certificates/:id/pdf` (same): the printable PDF.
 * - `POST /api/certificates/:id/revoke` (officer in jurisdiction): `RevokeCertificateBody`,
 *   answers `CertificateResponse`; revoking again changes nothing and answers the same.
 */

export const CertificateIdParamsSchema = z.object({ id: RecordIdSchema });

/** Why a certificate is revoked; recorded with it and in the request's history. */
export const RevokeCertificateBodySchema = z.object({
  reason: z.string().trim().min(1, 'say why the certificate is revoked').max(500),
});
export type RevokeCertificateBody = z.infer<typeof RevokeCertificateBodySchema>;

/** A certificate record with the text its QR code encodes. */
export const CertificateResponseSchema = CertificateSchema.extend({
  qr: z.string().min(1),
});
export type CertificateResponse = z.infer<typeof CertificateResponseSchema>;

/** Status list ids: the issuer and a number, for example `AP-REV-1`. */
export const StatusListIdSchema = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'not a status list id');
