import { z } from 'zod';
import { RecordIdSchema, ReferenceSchema } from './service-request';
import { ServiceIdSchema } from './service';
import { LocalizedTextSchema } from '../i18n/languages';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export const CertificateStatusSchema = z.enum(CERTIFICATE_STATUSES);

/**
 * A certificate issued for an approved request. Its QR carries only `claims` — minimal and
 * free of Aadhaar, phone, address and photo — signed by the issuer key `kid`; revocation is
 * a bit at `statusIndex` in the issuer's status list.
 */
export const CertificateSchema = z.object({
  id: RecordIdSchema,
  requestId: RecordIdSchema,
  reference: ReferenceSchema,
  serviceId: ServiceIdSchema,
  /** The certificate type as printed, in both languages. */
  title: LocalizedTextSchema,
  holderName: z.string().min(1).max(120),
  /** Type-specific printed facts (for example annual income), never personal identifiers. */
  claims: z.record(z.string(), z.union([z.string().max(200), z.number()])),
  issuedAt: z.string().datetime(),
  validUntil: z.string().datetime().optional(),
  issuerKid: z.string().min(1).max(64),
  statusIndex: z.number().int().min(0),
  status: CertificateStatusSchema,
  revokedAt: z.string().datetime().optional(),
});
export type Certificate = z.infer<typeof CertificateSchema>;
