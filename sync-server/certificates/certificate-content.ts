import type { FormField } from '../../shared/model/form-field';
import type { Service } from '../../shared/model/service';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { DocumentRule } from './document-types';
import { financialYearOf, incomeCertificateExpiry } from './validity';

/** What a certificate states about its holder, taken from the approved request. */
export interface CertificateContent {
  rule: DocumentRule;
  holderName: string;
  guardianName?: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  fields: Record<string, string | number>;
  validUntil?: Date;
}

/**
 * Answers of these types never reach a certificate, whatever a rule lists: a QR is read by
 * anyone who holds the paper, so no Aadhaar, phone, e-mail, address or photo goes into it.
 */
const NEVER_PRINTED: ReadonlySet<FormField['type']> = new Set([
  'aadhaar',
  'mobile',
  'email',
  'pincode',
  'photo',
  'document',
  'location',
]);

const MAX_NAME = 120;
const MAX_TEXT = 200;

/**
 * The certificate's content for an approved request of `service`. The financial year follows
 * the approval; validity runs from issue (the same moment, unless issuance was retried later).
 */
export function certificateContent(
  request: ServiceRequest,
  service: Service,
  rule: DocumentRule,
  dates: { approvedAt: Date; issuedAt: Date },
): CertificateContent {
  const typeOf = new Map(service.fields.map((field) => [field.key, field.type]));
  const printable = (key: string): string | number | undefined => {
    const type = typeOf.get(key);
    if (type === undefined || NEVER_PRINTED.has(type)) return undefined;
    const value = request.applicant[key];
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, MAX_TEXT);
    return undefined;
  };
  const firstName = (keys: readonly string[]) =>
    keys
      .map(printable)
      .find((value): value is string => typeof value === 'string')
      ?.slice(0, MAX_NAME);

  const holderName = firstName(rule.holder) ?? rule.holderFrom?.(request.applicant)?.slice(0, MAX_NAME);
  if (!holderName) throw new Error(`request ${request.id} names no certificate holder (${rule.holder.join(', ')})`);
  const fields: Record<string, string | number> = {};
  for (const key of rule.fields) {
    const value = printable(key);
    if (value !== undefined) fields[key] = value;
  }
  // Derived facts are built only from answers a rule may print.
  const printableAnswers = Object.fromEntries(
    Object.keys(request.applicant).flatMap((key) => {
      const value = printable(key);
      return value === undefined ? [] : [[key, value]];
    }),
  );
  Object.assign(fields, rule.derived?.(printableAnswers));
  const content: CertificateContent = { rule, holderName, fields };
  const guardianName = firstName(rule.guardian);
  if (guardianName) content.guardianName = guardianName;
  const dateOfBirth = printable('dateOfBirth');
  if (typeof dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) content.dateOfBirth = dateOfBirth;
  if (rule.income) {
    fields.financialYear = financialYearOf(dates.approvedAt);
    content.validUntil = incomeCertificateExpiry(dates.issuedAt);
  }
  return content;
}
