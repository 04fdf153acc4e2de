import { describe, it, expect } from 'vitest';
import type { LocalizedText } from '../../shared/i18n/languages';
import { CatalogContentSchema } from '../../shared/model/catalog';
import type { FormField } from '../../shared/model/form-field';
import type { Service } from '../../shared/model/service';
import { validateField } from '../../shared/validation';
import publishedIds from './data/published-service-ids.json' with { type: 'json' };
import { buildCatalog, loadShippedCatalog } from './shipped-catalog';

const HAS_TELUGU_LETTER = /[\u0C00-\u0C7F]/u;
const SERVICE_ID = /^([a-z0-9]+)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const catalog = loadShippedCatalog();
const services = catalog.departments.flatMap((department) => department.services);

function service(id: string): Service {
  const found = services.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}

function fieldKeys(id: string): string[] {
  return service(id).fields.map((field) => field.key);
}

function field(id: string, key: string): FormField {
  const found = service(id).fields.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${id} has no field ${key}`);
  return found;
}

/** Every text a citizen can see on a field: label, help, unit, option labels, pattern message. */
function textsOf(field: FormField): LocalizedText[] {
  const texts = [field.label];
  if (field.help) texts.push(field.help);
  if (field.type === 'number' && field.unit) texts.push(field.unit);
  if (field.type === 'select') texts.push(...field.options.map((option) => option.label));
  if (field.type === 'text' && field.pattern) texts.push(field.pattern.message);
  return texts;
}

function isBilingual(text: LocalizedText): boolean {
  return text.en.trim().length > 0 && HAS_TELUGU_LETTER.test(text.te);
}

describe('shipped catalog', () => {
  it('covers at least 30 departments and 200 services', () => {
    expect(catalog.departments.length).toBeGreaterThanOrEqual(30);
    expect(services.length).toBeGreaterThanOrEqual(200);
  });

  it('passes the shared catalog schema', () => {
    expect(CatalogContentSchema.safeParse(catalog).success).toBe(true);
  });

  it('every department has an English and a Telugu name', () => {
    const missing = catalog.departments.filter((department) => !isBilingual(department.name));
    expect(missing.map((department) => department.code)).toEqual([]);
  });

  it('every service has an English and a Telugu name', () => {
    const missing = services.filter((candidate) => !isBilingual(candidate.name));
    expect(missing.map((candidate) => candidate.id)).toEqual([]);
  });

  it('every service id is its department code, a dot and a short slug, and is unique', () => {
    for (const department of catalog.departments) {
      for (const candidate of department.services) {
        const match = SERVICE_ID.exec(candidate.id);
        expect(match?.[1], candidate.id).toBe(department.code.toLowerCase());
        expect(match?.[2]?.length ?? 0, candidate.id).toBeLessThanOrEqual(40);
      }
    }
    expect(new Set(services.map((candidate) => candidate.id)).size).toBe(services.length);
  });

  it('never drops a published service id, because requests refer to them', () => {
    const current = new Set(services.map((candidate) => candidate.id));
    expect(publishedIds.filter((id) => !current.has(id))).toEqual([]);
  });

  it('every service has a form with at least one question', () => {
    const empty = services.filter((candidate) => candidate.fields.length === 0);
    expect(empty.map((candidate) => candidate.id)).toEqual([]);
  });

  it('keeps information services to at most two quick questions', () => {
    const long = services.filter((candidate) => candidate.kind === 'information' && candidate.fields.length > 2);
    expect(long.map((candidate) => candidate.id)).toEqual([]);
  });

  it('every label, help text, unit and option on every form is in English and Telugu', () => {
    const untranslated = services.flatMap((candidate) =>
      candidate.fields.filter((f) => !textsOf(f).every(isBilingual)).map((f) => `${candidate.id}:${f.key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('every required document has an English and a Telugu name', () => {
    const untranslated = services.flatMap((candidate) =>
      candidate.requiredDocuments.filter((doc) => !isBilingual(doc.name)).map((doc) => `${candidate.id}:${doc.code}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('every service has two to six search keywords', () => {
    for (const candidate of services) {
      expect(candidate.keywords.length, candidate.id).toBeGreaterThanOrEqual(2);
      expect(candidate.keywords.length, candidate.id).toBeLessThanOrEqual(6);
    }
  });

  it('finds the income certificate by the words people type, romanized Telugu included', () => {
    const keywords = service('rev.income-certificate').keywords;
    expect(keywords).toEqual(expect.arrayContaining(['aadaya pathram', 'aadayam', 'income']));
  });

  it('flags identifying answers as personal data', () => {
    const identifying = new Set([
      'applicantName',
      'fatherOrHusbandName',
      'dateOfBirth',
      'aadhaar',
      'mobile',
      'doorNumber',
    ]);
    for (const candidate of services) {
      for (const f of candidate.fields) {
        const mustBePersonal =
          identifying.has(f.key) || ['aadhaar', 'mobile', 'pincode'].includes(f.type) || f.key === 'annualIncome';
        if (mustBePersonal) expect(f.personal, `${candidate.id}:${f.key}`).toBe(true);
      }
    }
  });

  it('gives every service a whole-day SLA and a whole-rupee fee', () => {
    for (const candidate of services) {
      expect(Number.isInteger(candidate.slaDays), candidate.id).toBe(true);
      expect(Number.isInteger(candidate.feeInr), candidate.id).toBe(true);
    }
  });

  it('is parsed once and shared read-only', () => {
    expect(loadShippedCatalog()).toBe(catalog);
    expect(Object.isFrozen(catalog.departments[0]?.services[0]?.fields)).toBe(true);
  });

  it('names the service when its form key is unknown', () => {
    const broken = {
      departments: [
        {
          code: 'REV',
          name: { en: 'Revenue', te: 'రెవెన్యూ' },
          services: [{ id: 'rev.test', form: 'no-such-form', name: { en: 'Test', te: 'పరీక్ష' }, kind: 'status' }],
        },
      ],
    };
    expect(() => buildCatalog(broken)).toThrow(/rev\.test.*no-such-form/);
  });
});

describe('the common certificates', () => {
  const certificates = {
    'rev.income-certificate': ['applicantName', 'fatherOrHusbandName', 'occupation', 'annualIncome', 'purpose'],
    'rev.integrated-certificate': ['applicantName', 'fatherName', 'dateOfBirth', 'casteCategory', 'casteName'],
    'rev.residence-certificate': ['applicantName', 'doorNumber', 'villageOrWard', 'yearsOfResidence'],
    'rev.ews-certificate': ['applicantName', 'annualIncome', 'agriculturalLand', 'casteName'],
    'rev.family-member-certificate': ['familyHeadName', 'applicantRelation', 'member1Name', 'member1Relation'],
    'rev.no-earning-member-certificate': ['deceasedName', 'dateOfDeath', 'familyMembers', 'anyEarningMember'],
    'maud.birth-certificate': ['childName', 'dateOfBirth', 'placeOfBirth', 'motherName', 'fatherName'],
    'maud.death-certificate': ['deceasedName', 'dateOfDeath', 'placeOfDeath', 'informantName', 'informantRelation'],
  };

  it.each(Object.entries(certificates))('%s asks the questions of the real application form', (id, keys) => {
    expect(service(id).kind).toBe('certificate');
    expect(fieldKeys(id)).toEqual(expect.arrayContaining(keys));
    expect(fieldKeys(id).length).toBeLessThan(20);
  });

  it('asks the applicant for Aadhaar and a mobile number on the revenue certificates', () => {
    for (const id of Object.keys(certificates).filter((key) => key.startsWith('rev.'))) {
      expect(fieldKeys(id)).toEqual(expect.arrayContaining(['aadhaar', 'mobile']));
    }
  });

  it('takes annual income as a whole number of rupees, never negative', () => {
    const income = field('rev.income-certificate', 'annualIncome');
    expect(income).toMatchObject({ type: 'number', integer: true, min: 0, personal: true, unit: { en: 'rupees' } });
  });

  it('does not accept a birth or death date in the future', () => {
    expect(field('maud.birth-certificate', 'dateOfBirth')).toMatchObject({ type: 'date', notAfter: 'today' });
    expect(field('maud.death-certificate', 'dateOfDeath')).toMatchObject({ type: 'date', notAfter: 'today' });
  });

  it('lets a birth be registered before the child is named', () => {
    expect(field('maud.birth-certificate', 'childName').required).toBe(false);
  });

  it('promises the secretariat service levels', () => {
    expect(service('rev.income-certificate').slaDays).toBe(7);
    expect(service('rev.integrated-certificate').slaDays).toBe(30);
    expect(service('rev.residence-certificate').slaDays).toBe(7);
    expect(service('rev.ews-certificate').slaDays).toBe(14);
    expect(service('rev.family-member-certificate').slaDays).toBe(7);
    expect(service('rev.no-earning-member-certificate').slaDays).toBe(7);
  });
});

describe('specialised forms', () => {
  it('electricity bill payment asks for the service connection number', () => {
    expect(fieldKeys('energy.electricity-bill-payment')).toEqual(
      expect.arrayContaining(['serviceConnectionNumber', 'amount']),
    );
  });

  it('bus ticket booking asks from, to and a date that is not in the past', () => {
    expect(fieldKeys('apsrtc.bus-ticket-booking')).toEqual(expect.arrayContaining(['fromPlace', 'toPlace']));
    expect(field('apsrtc.bus-ticket-booking', 'journeyDate')).toMatchObject({ type: 'date', notBefore: 'today' });
  });

  it('a new rice card asks how many people live in the household', () => {
    expect(field('civsup.new-rice-card', 'householdMembers')).toMatchObject({ type: 'number', integer: true });
  });

  it('a grievance takes a category, a description and an optional photo', () => {
    expect(field('rtgs.grievance-registration', 'category').type).toBe('select');
    expect(field('rtgs.grievance-registration', 'description').type).toBe('textarea');
    expect(field('rtgs.grievance-registration', 'evidencePhoto')).toMatchObject({ type: 'photo', required: false });
  });
});

describe('answers people really give', () => {
  const context = { today: '2025-06-15' };
  const accepts = (id: string, key: string, value: unknown) => validateField(field(id, key), value, context).ok;

  it.each([
    [
      'rev.income-certificate',
      'applicantName',
      ['K. Ramesh', 'రమేష్ కుమార్', "D'Souza Mary", 'సాయి\u200Cకుమార్'],
      ['R2D2', 'x'],
    ],
    ['energy.electricity-bill-payment', 'serviceConnectionNumber', ['1234567890123', '11 234 567'], ['12#4']],
    ['trans.rc-renewal', 'vehicleNumber', ['AP39 AB 1234', 'AP39AB1234', 'ap-16-x-9'], ['39 AB 1234']],
    ['trans.licence-renewal', 'licenceNumber', ['AP0720190012345', 'AP07 20190012345'], ['0720190012345']],
    ['police.fir-details', 'firNumber', ['123/2025'], ['123-2025', '123/25']],
    ['ttd.ttd-donation', 'pan', ['ABCDE1234F'], ['ABCDE12345']],
    ['civsup.rice-card-split', 'rationCardNumber', ['2812345678', 'WAP1234567'], ['12-34']],
  ])('%s %s accepts real formats and refuses wrong ones', (id, key, good, bad) => {
    for (const value of good) expect(accepts(id, key, value), value).toBe(true);
    for (const value of bad) expect(accepts(id, key, value), value).toBe(false);
  });

  it('refuses a negative income and a future date of birth', () => {
    expect(accepts('rev.income-certificate', 'annualIncome', -1)).toBe(false);
    expect(accepts('rev.income-certificate', 'annualIncome', 96000)).toBe(true);
    expect(accepts('rev.income-certificate', 'dateOfBirth', '2030-01-01')).toBe(false);
  });

  it('refuses a bus journey in the past', () => {
    expect(accepts('apsrtc.bus-ticket-booking', 'journeyDate', '2025-06-14')).toBe(false);
    expect(accepts('apsrtc.bus-ticket-booking', 'journeyDate', '2025-06-15')).toBe(true);
  });

  it('takes at least 10,000 rupees for a SRIVANI donation', () => {
    expect(accepts('ttd.srivani-trust-donation', 'amount', 9999)).toBe(false);
    expect(accepts('ttd.srivani-trust-donation', 'amount', 10000)).toBe(true);
  });
});
