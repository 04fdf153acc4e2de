import type { Service } from '../../shared/model/service';

/**
 * What each certificate service issues: the document type in the QR, the number series, and
 * which answers of its form become the certificate's printed facts. Services not listed here
 * still get a certificate, with the applicant as holder and no type-specific facts.
 *
 * A certificate is one A4 page whose table holds about nine rows — number, reference, name,
 * issue and expiry dates, guardian and date of birth when known — so a rule lists at most
 * four facts, and fewer when the form has a guardian and a date of birth.
 */
export interface DocumentRule {
  /** The claims' `documentType`: lowercase, at most 32 characters. */
  type: string;
  /** The certificate number's prefix (`INC` → `INC-2026-0000A`). */
  series: string;
  /** Answer keys holding the holder's name; the first one answered wins. */
  holder: readonly string[];
  /** Answer keys holding the father's (or husband's, or guardian's) name. */
  guardian: readonly string[];
  /** Answers printed on the certificate and carried in the QR, under the same key. */
  fields: readonly string[];
  /**
   * An income certificate: it states the financial year and expires (see validity.ts). Other
   * certificates record facts that do not lapse — a birth, a caste — and never expire.
   */
  income?: true;
  /** The holder's name when none of `holder` was answered: a child not yet named, a married couple. */
  holderFrom?: (answers: Readonly<Record<string, unknown>>) => string | undefined;
  /** Facts made from several answers, printed and carried like the listed ones. */
  derived?: (answers: Readonly<Record<string, unknown>>) => Record<string, string>;
}

const APPLICANT = ['applicantName'] as const;
const GUARDIAN = ['fatherOrHusbandName', 'fatherName'] as const;

/** The family members of a family member certificate, on one line: `Sita (daughter, 12), Ravi (son, 9)`. */
function familyMembers(answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const members = [1, 2, 3].flatMap((n) => {
    const name = answers[`member${n}Name`];
    if (typeof name !== 'string' || name.trim() === '') return [];
    const about = [answers[`member${n}Relation`], answers[`member${n}Age`]].filter((v) => v !== undefined && v !== '');
    return [about.length > 0 ? `${name.trim()} (${about.join(', ')})` : name.trim()];
  });
  return members.length > 0 ? { familyMembers: members.join(', ').slice(0, 200) } : {};
}

const rule = (type: string, series: string, fields: readonly string[] = [], more: Partial<DocumentRule> = {}) => ({
  type,
  series,
  holder: APPLICANT,
  guardian: GUARDIAN,
  fields,
  ...more,
});

const RULES: Readonly<Record<string, DocumentRule>> = {
  'rev.income-certificate': rule('income', 'INC', ['annualIncome'], { income: true }),
  'rev.agriculture-income-certificate': rule('agriculture_income', 'AGI', ['annualIncome'], { income: true }),
  'rev.ews-certificate': rule('ews', 'EWS', ['annualIncome'], { income: true }),
  'rev.ebc-certificate': rule('ebc', 'EBC', ['annualIncome'], { income: true }),
  // AP's integrated certificate is its caste certificate (with nativity and date of birth).
  'rev.integrated-certificate': rule('caste', 'CST', ['casteCategory', 'casteName']),
  'rev.obc-certificate': rule('obc', 'OBC', ['casteCategory', 'casteName']),
  'rev.residence-certificate': rule('residence', 'RES', ['yearsOfResidence']),
  'rev.local-status-certificate': rule('local_status', 'LSC', ['yearsOfResidence']),
  'rev.family-member-certificate': rule(
    'family_member',
    'FMC',
    ['familyHeadName', 'applicantRelation', 'dateOfDeath'],
    {
      derived: familyMembers,
    },
  ),
  // The relation to the one who died says more here than the applicant's father.
  'rev.no-earning-member-certificate': rule(
    'no_earning_member',
    'NEM',
    ['deceasedName', 'applicantRelation', 'dateOfDeath'],
    { guardian: [] },
  ),
  'maud.birth-certificate': rule('birth', 'BIR', ['childGender', 'motherName'], {
    holder: ['childName'],
    guardian: ['fatherName'],
    // Registers write a child without a name as "baby of" the mother.
    holderFrom: (answers) => (typeof answers.motherName === 'string' ? `B/O ${answers.motherName}` : undefined),
  }),
  'maud.death-certificate': rule('death', 'DTH', ['dateOfDeath', 'deceasedGender', 'deceasedAge'], {
    holder: ['deceasedName'],
    guardian: ['deceasedFatherOrHusbandName'],
  }),
  'igrs.hindu-marriage-registration': rule('marriage', 'MAR', ['marriageDate'], {
    holder: [],
    guardian: [],
    holderFrom: (answers) =>
      typeof answers.husbandName === 'string' && typeof answers.wifeName === 'string'
        ? `${answers.husbandName} & ${answers.wifeName}`
        : undefined,
  }),
  'maud.birth-non-availability-certificate': rule('birth_non_availability', 'BNA', ['eventDate'], {
    holder: ['personName'],
    guardian: ['fatherName'],
  }),
  'maud.death-non-availability-certificate': rule('death_non_availability', 'DNA', ['eventDate'], {
    holder: ['personName'],
    guardian: ['fatherName'],
  }),
};

/** Longest document type the claims and the trust list accept. */
const MAX_TYPE_LENGTH = 32;

/**
 * The rule Seva issues a service's certificates by, or undefined when Seva does not issue them:
 * not a certificate service, or one whose form names nobody to hold a certificate — downloads
 * and reprints of documents kept elsewhere (hall tickets, driving licences, reprints), which
 * the office delivers itself and then marks issued.
 */
export function issuingRule(
  service: Pick<Service, 'id' | 'departmentCode' | 'kind' | 'fields'>,
): DocumentRule | undefined {
  if (service.kind !== 'certificate') return undefined;
  const rule = documentRuleFor(service.id, service.departmentCode);
  const keys = new Set(service.fields.map((field) => field.key));
  return rule.holder.some((key) => keys.has(key)) || rule.holderFrom ? rule : undefined;
}

/** The rule for a certificate service; unknown services issue under their own id (dot as underscore). */
export function documentRuleFor(serviceId: string, departmentCode: string): DocumentRule {
  return (
    RULES[serviceId] ??
    rule(serviceId.replace('.', '_').slice(0, MAX_TYPE_LENGTH), departmentCode, [], {
      holder: ['applicantName', 'personName'],
    })
  );
}
