/**
 * Shorter forms of words that make catalog names too long for a list row, as AP government
 * offices themselves write them. Only forms a reader expands without thinking are here: a
 * shortening must never change what a name means. ("Number" → "No." is left out on purpose:
 * cut short as "survey No…" it reads as a refusal.)
 */
export interface Abbreviation {
  readonly pattern: RegExp;
  readonly replacement: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { pattern: /\bAndhra Pradesh\b/giu, replacement: 'AP' },
  { pattern: /\bCertificates\b/giu, replacement: 'Certs.' },
  { pattern: /\bCertificate\b/giu, replacement: 'Cert.' },
  { pattern: /\bDepartment\b/giu, replacement: 'Dept.' },
  { pattern: /\bGovernment\b/giu, replacement: 'Govt.' },
  { pattern: /\bRegistration\b/giu, replacement: 'Regn.' },
  { pattern: /\bApplication\b/giu, replacement: 'Appln.' },
  { pattern: /\bCorporation\b/giu, replacement: 'Corpn.' },
  { pattern: /\bDevelopment\b/giu, replacement: 'Devt.' },
  { pattern: /\bAdministration\b/giu, replacement: 'Admn.' },
  { pattern: /\bManagement\b/giu, replacement: 'Mgmt.' },
  { pattern: /\s+and\s+/giu, replacement: ' & ' },
  // "ధ్రువపత్రం" is the everyday word for a certificate; "ధ్రువీకరణ పత్రం" its formal long form.
  { pattern: /ధ్రువీకరణ\s+పత్రం/gu, replacement: 'ధ్రువపత్రం' },
  { pattern: /ధ్రువీకరణ\s+పత్రాలు/gu, replacement: 'ధ్రువపత్రాలు' },
  { pattern: /ఆంధ్రప్రదేశ్/gu, replacement: 'ఏపీ' },
  // Telugu lists read naturally with a comma where English needs "and".
  { pattern: /\s+మరియు\s+/gu, replacement: ', ' },
];

/** Words that cannot end a shortened name: "Survey and…" reads as if something were missing. */
export const TRAILING_CONNECTORS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  '&',
  '+',
  '–',
  '—',
  '-',
  '/',
  'మరియు',
  'లేదా',
  'కోసం',
]);
