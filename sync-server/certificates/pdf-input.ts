import type { LocalizedText } from '../../shared/i18n/languages';
import type { Certificate } from '../../shared/model/certificate';
import type { FormField } from '../../shared/model/form-field';
import type { Service } from '../../shared/model/service';
import { formatIndianDate, isIsoDate } from '../../shared/validation/dates';
import type { CertificateFact, CertificatePdfInput } from './pdf';

/** Labels of facts that come from no form field. */
const DERIVED_LABELS: Readonly<Record<string, LocalizedText>> = {
  financialYear: { en: 'Financial year', te: 'ఆర్థిక సంవత్సరం' },
  familyMembers: { en: 'Family members', te: 'కుటుంబ సభ్యులు' },
};

/** Where a certificate was issued, as printed. */
export interface IssuingOffice {
  department: LocalizedText;
  office: LocalizedText;
}

/** What the PDF of `certificate` prints: exactly the signed claims, labelled from the service's form. */
export function pdfInputFor(
  certificate: Certificate,
  qrText: string,
  service: Pick<Service, 'fields'>,
  where: IssuingOffice,
): CertificatePdfInput {
  const fieldsByKey = new Map(service.fields.map((field) => [field.key, field]));
  const facts = Object.entries(certificate.claims).map(([key, value]): CertificateFact => {
    const field = fieldsByKey.get(key);
    return { label: field?.label ?? DERIVED_LABELS[key] ?? { en: key, te: key }, value: printedValue(value, field) };
  });
  return {
    title: certificate.title,
    department: where.department,
    office: { ...where.office, code: certificate.officeCode },
    certificateNumber: certificate.number,
    reference: certificate.reference,
    holderName: certificate.holderName,
    ...(certificate.guardianName ? { guardianName: certificate.guardianName } : {}),
    ...(certificate.dateOfBirth ? { dateOfBirth: certificate.dateOfBirth } : {}),
    facts,
    issuedAt: certificate.issuedAt,
    ...(certificate.validUntil ? { validUntil: certificate.validUntil } : {}),
    qrText,
  };
}

/** A fact as a reader expects it: rupees grouped the Indian way, options by their names, dates day first. */
function printedValue(value: string | number, field: FormField | undefined): string {
  if (typeof value === 'number') {
    const grouped = value.toLocaleString('en-IN');
    if (field?.type === 'number' && field.unit?.en === 'rupees') return `₹${grouped}`;
    return field?.type === 'number' && field.unit ? `${grouped} ${field.unit.en}` : grouped;
  }
  if (field?.type === 'select') {
    const option = field.options.find((o) => o.value === value);
    if (option) return bilingual(option.label);
  }
  if (field?.type === 'yesno') return bilingual(value === 'yes' ? { en: 'Yes', te: 'అవును' } : { en: 'No', te: 'కాదు' });
  if (field?.type === 'date' && isIsoDate(value)) return formatIndianDate(value);
  return value;
}

function bilingual(text: LocalizedText): string {
  return text.en === text.te ? text.en : `${text.en} / ${text.te}`;
}
