import { describe, expect, it } from 'vitest';
import type { Service } from '../../shared/model/service';
import { makeRequest } from '../../test/fixtures/requests';
import { validAadhaar } from '../../test/fixtures/answers';
import { loadShippedCatalog } from '../catalog/shipped-catalog';
import { certificateContent } from './certificate-content';
import { issuingRule, type DocumentRule } from './document-types';

const services = new Map(loadShippedCatalog().departments.flatMap((d) => d.services.map((s) => [s.id, s])));
function service(id: string): Service {
  const found = services.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
function rule(of: Service): DocumentRule {
  const found = issuingRule(of);
  if (!found) throw new Error(`Seva issues no certificate for ${of.id}`);
  return found;
}
const dates = { approvedAt: new Date('2026-06-01T06:00:00Z'), issuedAt: new Date('2026-06-01T06:00:00Z') };

describe('what a certificate states', () => {
  it('an income certificate states the holder, guardian, birth date, income and financial year, and expires', () => {
    const income = service('rev.income-certificate');
    const request = makeRequest({
      applicant: {
        applicantName: ' Padma Rani ',
        fatherOrHusbandName: 'Suresh Babu',
        dateOfBirth: '1988-02-11',
        annualIncome: 120_000,
        aadhaar: validAadhaar(),
        mobile: '9876543210',
        pincode: '522001',
      },
    });
    const content = certificateContent(request, income, rule(income), dates);
    expect(content).toMatchObject({
      holderName: 'Padma Rani',
      guardianName: 'Suresh Babu',
      dateOfBirth: '1988-02-11',
      fields: { annualIncome: 120_000, financialYear: '2026-27' },
    });
    expect(content.validUntil?.toISOString()).toBe('2027-05-31T18:29:59.000Z');
  });

  it('never states an Aadhaar number, phone, e-mail or PIN code, even when a rule lists one', () => {
    const income = service('rev.income-certificate');
    const careless: DocumentRule = { ...rule(income), fields: ['aadhaar', 'mobile', 'pincode', 'annualIncome'] };
    const request = makeRequest({
      applicant: {
        applicantName: 'Padma',
        aadhaar: validAadhaar(),
        mobile: '9876543210',
        pincode: '522001',
        annualIncome: 5,
      },
    });
    expect(Object.keys(certificateContent(request, income, careless, dates).fields).sort()).toEqual([
      'annualIncome',
      'financialYear',
    ]);
  });

  it('a birth certificate of a child not yet named is made out to the baby of the mother, and never expires', () => {
    const birth = service('maud.birth-certificate');
    const request = makeRequest({
      applicant: { motherName: 'Sita Devi', fatherName: 'Ravi', dateOfBirth: '2026-05-20' },
    });
    const content = certificateContent(request, birth, rule(birth), dates);
    expect(content).toMatchObject({ holderName: 'B/O Sita Devi', guardianName: 'Ravi', dateOfBirth: '2026-05-20' });
    expect(content.validUntil).toBeUndefined();
  });

  it('a family member certificate lists the members on one line', () => {
    const family = service('rev.family-member-certificate');
    const request = makeRequest({
      applicant: {
        applicantName: 'Lakshmi',
        familyHeadName: 'Venkata Rao',
        member1Name: 'Sita',
        member1Relation: 'daughter',
        member1Age: 12,
        member2Name: 'Ravi',
        member2Relation: 'son',
      },
    });
    expect(certificateContent(request, family, rule(family), dates).fields).toMatchObject({
      familyHeadName: 'Venkata Rao',
      familyMembers: 'Sita (daughter, 12), Ravi (son)',
    });
  });

  it('a request that names nobody cannot be made a certificate', () => {
    const income = service('rev.income-certificate');
    expect(() => certificateContent(makeRequest({ applicant: {} }), income, rule(income), dates)).toThrow(/holder/);
  });
});
