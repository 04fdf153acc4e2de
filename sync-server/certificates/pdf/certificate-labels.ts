import type { LocalizedText } from '../../../shared/i18n/languages';

/** The fixed words of every certificate page, in both languages. */
export const CERTIFICATE_LABELS = {
  government: { en: 'Government of Andhra Pradesh', te: 'ఆంధ్రప్రదేశ్ ప్రభుత్వం' },
  certificateNumber: { en: 'Certificate No.', te: 'ధ్రువపత్రం సంఖ్య' },
  reference: { en: 'Application reference', te: 'దరఖాస్తు సంఖ్య' },
  holderName: { en: 'Name', te: 'పేరు' },
  guardianName: { en: "Parent's or guardian's name", te: 'తల్లి/తండ్రి లేదా సంరక్షకుని పేరు' },
  dateOfBirth: { en: 'Date of birth', te: 'పుట్టిన తేదీ' },
  issuedOn: { en: 'Date of issue', te: 'జారీ చేసిన తేదీ' },
  validUntil: { en: 'Valid until', te: 'చెల్లుబాటు గడువు' },
  noExpiry: { en: 'Does not expire', te: 'గడువు లేదు' },
  office: { en: 'Issuing office', te: 'జారీ చేసిన కార్యాలయం' },
  officeCode: { en: 'Office code', te: 'కార్యాలయ కోడ్' },
  digitallySigned: {
    en: 'Digitally signed — no physical signature required',
    te: 'డిజిటల్‌గా సంతకం చేయబడింది — భౌతిక సంతకం అవసరం లేదు',
  },
  trustTheQr: {
    en: 'The QR code carries these details, signed by the issuing office. Verify the QR code rather than the printed text.',
    te: 'ఈ వివరాలు జారీ చేసిన కార్యాలయం డిజిటల్ సంతకంతో QR కోడ్‌లో ఉన్నాయి. ముద్రిత వివరాలను కాకుండా QR కోడ్‌ను ధ్రువీకరించండి.',
  },
  verifyHint: {
    en: 'Scan at any Seva kiosk to verify',
    te: 'ధ్రువీకరణ కోసం ఏదైనా సేవ కియోస్క్‌లో స్కాన్ చేయండి',
  },
} as const satisfies Record<string, LocalizedText>;
