import { pick } from '../../../../shared/i18n/pick';
import type { Language } from '../../../../shared/i18n/languages';
import type { KioskText } from '../i18n/kiosk-en';
import { documentTypeName } from '../i18n/document-types';
import type { KioskVerdict } from '../verifier/verifier-api';
import { factLabel, factValue } from '../i18n/facts';
import { formatCalendarDay, formatDay } from './dates';

interface Row {
  key: string;
  label: string;
  value: string;
  /** The value's own language when it is not the screen's (codes and numbers are Latin script). */
  lang?: string;
  /** The label's own language, for a fact the kiosk has no translated label for. */
  labelLang?: string;
}

/** The signed details worth showing, in reading order; what the certificate lacks is left out. */
function rows(verdict: KioskVerdict, text: KioskText, language: Language): Row[] {
  const claims = verdict.claims;
  const seva = claims?.seva;
  if (!claims || !seva) return [];
  const list: Row[] = [{ key: 'name', label: text.field.name, value: seva.name }];
  if (seva.guardianName) list.push({ key: 'guardian', label: text.field.guardian, value: seva.guardianName });
  if (seva.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(seva.dateOfBirth)) {
    list.push({
      key: 'date-of-birth',
      label: text.field.dateOfBirth,
      value: formatCalendarDay(seva.dateOfBirth, language),
    });
  }
  const type = documentTypeName(seva.documentType);
  list.push({
    key: 'document-type',
    label: text.field.documentType,
    value: type ? pick(type, language) : seva.documentType,
    ...(type ? {} : { lang: 'en' }),
  });
  list.push({ key: 'number', label: text.field.number, value: seva.certificateNumber, lang: 'en' });
  for (const [key, value] of Object.entries(seva.fields ?? {})) {
    const label = factLabel(key, language);
    list.push({
      key: `fact-${key}`,
      label: label.text,
      value: factValue(key, value, language),
      ...(label.lang ? { labelLang: label.lang } : {}),
    });
  }
  list.push({ key: 'office', label: text.field.office, value: seva.officeCode, lang: 'en' });
  if (verdict.issuer)
    list.push({ key: 'issuer', label: text.field.issuer, value: pick(verdict.issuer.name, language) });
  list.push({ key: 'issued', label: text.field.issued, value: formatDay(claims.issuedAt, language) });
  if (claims.expiresAt) {
    list.push({ key: 'valid-until', label: text.field.validUntil, value: formatDay(claims.expiresAt, language) });
  }
  if (verdict.status === 'REVOKED' && verdict.revokedAt) {
    list.push({ key: 'revoked', label: text.field.revokedOn, value: formatDay(verdict.revokedAt, language) });
  }
  return list;
}

/** The certificate's signed details as a definition list; each value carries a test id. */
export function ClaimsList({
  verdict,
  text,
  language,
}: {
  verdict: KioskVerdict;
  text: KioskText;
  language: Language;
}) {
  const shown = rows(verdict, text, language);
  if (!shown.length) return null;
  return (
    <dl class="claims" data-testid="kiosk-claims">
      {shown.map((row) => (
        <div key={row.key}>
          <dt {...(row.labelLang ? { lang: row.labelLang } : {})}>{row.label}</dt>
          <dd data-testid={`claim-${row.key}`} {...(row.lang ? { lang: row.lang } : {})}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
