import type { LocalizedText } from '../../../../shared/i18n/languages';

/**
 * Names of the document types a certificate's QR may carry (`documentType`, as the issuing
 * server writes them), in both languages. A type not listed here is shown by its code, which
 * is still what the issuer signed.
 */
const DOCUMENT_TYPES: Readonly<Record<string, LocalizedText>> = {
  income: { en: 'Income certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
  agriculture_income: { en: 'Agriculture income certificate', te: 'వ్యవసాయ ఆదాయ ధ్రువీకరణ పత్రం' },
  ews: { en: 'EWS certificate', te: 'ఈడబ్ల్యూఎస్ ధ్రువీకరణ పత్రం' },
  ebc: { en: 'EBC certificate', te: 'ఈబీసీ ధ్రువీకరణ పత్రం' },
  caste: { en: 'Caste certificate', te: 'కుల ధ్రువీకరణ పత్రం' },
  obc: { en: 'OBC certificate', te: 'ఓబీసీ ధ్రువీకరణ పత్రం' },
  residence: { en: 'Residence certificate', te: 'నివాస ధ్రువీకరణ పత్రం' },
  local_status: { en: 'Local status certificate', te: 'స్థానికత ధ్రువీకరణ పత్రం' },
  family_member: { en: 'Family member certificate', te: 'కుటుంబ సభ్యుల ధ్రువీకరణ పత్రం' },
  no_earning_member: { en: 'No earning member certificate', te: 'సంపాదించే సభ్యులు లేరని ధ్రువీకరణ పత్రం' },
  birth: { en: 'Birth certificate', te: 'జనన ధ్రువీకరణ పత్రం' },
  death: { en: 'Death certificate', te: 'మరణ ధ్రువీకరణ పత్రం' },
  birth_non_availability: { en: 'Birth non-availability certificate', te: 'జనన నమోదు లేదని ధ్రువీకరణ పత్రం' },
  death_non_availability: { en: 'Death non-availability certificate', te: 'మరణ నమోదు లేదని ధ్రువీకరణ పత్రం' },
};

/** The bilingual name of a document type, or undefined when the kiosk does not know the code. */
export function documentTypeName(code: string): LocalizedText | undefined {
  return Object.hasOwn(DOCUMENT_TYPES, code) ? DOCUMENT_TYPES[code] : undefined;
}
