import { z } from 'zod';
import { RecordIdSchema, ReferenceSchema } from './service-request';
import { ServiceIdSchema } from './service';
import { LocalizedTextSchema } from '../i18n/languages';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export const CertificateStatusSchema = z.enum(CERTIFICATE_STATUSES);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

/**
 * `INC-2026-0000A`: the document type's series (the department code for other services), the
 * year of issue and a Crockford base32 sequence. Printed on the certificate and quoted by
 * citizens, so it avoids I, L, O and U.
 */
export const CertificateNumberSchema = z.string().regex(/^[A-Z0-9]{2,12}-\d{4}-[0-9A-HJKMNP-TV-Z]{5,}$/);

/**
 * A certificate issued for an approved request. Its QR carries only the minimal claims —
 * free of Aadhaar, phone, address and photo — signed by the issuer key `issuerKid`;
 * revocation is the bit at `statusIndex` in the status list `statusListId`.
 */
export const CertificateSchema = z.object({
  id: RecordIdSchema,
  requestId: RecordIdSchema,
  reference: ReferenceSchema,
  serviceId: ServiceIdSchema,
  number: CertificateNumberSchema,
  /** `income`, `caste`, `birth`, …; the service id for services without a known type. */
  documentType: z.string().min(1).max(80),
  /** The certificate type as printed, in both languages. */
  title: LocalizedTextSchema,
  holderName: z.string().min(1).max(120),
  guardianName: z.string().min(1).max(120).optional(),
  /** YYYY-MM-DD. */
  dateOfBirth: z.string().optional(),
  /** Type-specific printed facts (for example annual income), never personal identifiers. */
  claims: z.record(z.string(), z.union([z.string().max(200), z.number()])),
  /** The issuing office: the request's secretariat code. */
  officeCode: z.string().min(1).max(40),
  /** The issuing authority, `AP-` and the department code. */
  issuer: z.string().min(1).max(40),
  issuedAt: z.string().datetime(),
  validUntil: z.string().datetime().optional(),
  issuerKid: z.string().min(1).max(64),
  statusListId: z.string().min(1).max(60),
  statusIndex: z.number().int().min(0),
  status: CertificateStatusSchema,
  revokedAt: z.string().datetime().optional(),
  revocationReason: z.string().max(500).optional(),
});
export type Certificate = z.infer<typeof CertificateSchema>;
