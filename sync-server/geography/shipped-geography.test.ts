import { describe, it, expect } from 'vitest';
import { GeographySchema, jurisdictionOf, type Geography } from '../../shared/model/geography';
import { indexGeography, loadShippedGeography } from './shipped-geography';

const DISTRICTS_2022 = [
  'Srikakulam',
  'Vizianagaram',
  'Parvathipuram Manyam',
  'Alluri Sitharama Raju',
  'Visakhapatnam',
  'Anakapalli',
  'Kakinada',
  'East Godavari',
  'Dr. B.R. Ambedkar Konaseema',
  'Eluru',
  'West Godavari',
  'NTR',
  'Krishna',
  'Palnadu',
  'Guntur',
  'Bapatla',
  'Prakasam',
  'Sri Potti Sriramulu Nellore',
  'Kurnool',
  'Nandyal',
  'Anantapuramu',
  'Sri Sathya Sai',
  'YSR Kadapa',
  'Annamayya',
  'Tirupati',
  'Chittoor',
];

// Telugu letters plus the spacing, digits and punctuation that ward names and initials use.
const TELUGU_TEXT = /^[\u0C00-\u0C7F\s\d.–-]+$/u;
const HAS_TELUGU_LETTER = /[\u0C00-\u0C7F]/u;

const geography = loadShippedGeography();
const mandals = geography.districts.flatMap((district) => district.mandals);
const secretariats = mandals.flatMap((mandal) => mandal.secretariats);

function allNames(g: Geography) {
  return g.districts.flatMap((district) => [
    district.name,
    district.headquarters,
    ...district.mandals.flatMap((mandal) => [mandal.name, ...mandal.secretariats.map((s) => s.name)]),
  ]);
}

describe('shipped geography', () => {
  it('covers exactly the 26 districts formed in April 2022', () => {
    expect(geography.districts.map((district) => district.name.en).sort()).toEqual([...DISTRICTS_2022].sort());
  });

  it('passes the shared geography schema', () => {
    expect(GeographySchema.safeParse(geography).success).toBe(true);
  });

  it('samples at least three mandals per district and two secretariats per mandal', () => {
    for (const district of geography.districts) expect(district.mandals.length).toBeGreaterThanOrEqual(3);
    for (const mandal of mandals) expect(mandal.secretariats.length).toBeGreaterThanOrEqual(2);
  });

  it('writes every Telugu name in Telugu script', () => {
    for (const name of allNames(geography)) {
      expect(name.te, name.en).toMatch(TELUGU_TEXT);
      expect(name.te, name.en).toMatch(HAS_TELUGU_LETTER);
    }
  });

  it('writes every English name without Telugu script', () => {
    for (const name of allNames(geography)) expect(name.en).not.toMatch(HAS_TELUGU_LETTER);
  });

  it('uses each code once, nested under its parent and numbered in file order', () => {
    const codes = [
      ...geography.districts.map((d) => d.code),
      ...mandals.map((m) => m.code),
      ...secretariats.map((s) => s.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const district of geography.districts) {
      district.mandals.forEach((mandal, i) => {
        expect(mandal.code).toBe(`${district.code}-${String(i + 1).padStart(2, '0')}`);
        mandal.secretariats.forEach((secretariat, j) => {
          expect(secretariat.code).toBe(`${mandal.code}-${String(j + 1).padStart(3, '0')}`);
        });
      });
    }
  });

  it('labels urban secretariats as numbered wards', () => {
    for (const secretariat of secretariats) {
      if (secretariat.kind === 'ward') {
        expect(secretariat.name.en).toMatch(/^Ward \d+ – \S/u);
        expect(secretariat.name.te).toMatch(/^వార్డు \d+ – \S/u);
      } else {
        expect(secretariat.name.en).not.toMatch(/^Ward /u);
      }
    }
  });

  it('hands every caller the same frozen copy', () => {
    expect(loadShippedGeography()).toBe(geography);
    expect(Object.isFrozen(geography.districts[0]?.mandals[0]?.secretariats[0])).toBe(true);
  });
});

describe('geography index', () => {
  const index = indexGeography(geography);

  it('resolves a secretariat to its mandal and district', () => {
    const resolved = index.secretariat('VSP-02-002');
    expect(resolved?.secretariat.name.en).toBe('Ward 75 – Kurmannapalem');
    expect(resolved?.mandal.name.en).toBe('Gajuwaka');
    expect(resolved?.district.name.en).toBe('Visakhapatnam');
    expect(resolved?.jurisdiction).toEqual({
      districtCode: 'VSP',
      mandalCode: 'VSP-02',
      secretariatCode: 'VSP-02-002',
    });
  });

  it('agrees with the shared jurisdiction lookup for every secretariat', () => {
    for (const secretariat of secretariats) {
      expect(index.secretariat(secretariat.code)?.jurisdiction).toEqual(jurisdictionOf(geography, secretariat.code));
    }
  });

  it('finds districts and mandals by code', () => {
    expect(index.district('TPT')?.headquarters.en).toBe('Tirupati');
    expect(index.mandal('NTR-04')?.name.en).toBe('Vijayawada Rural');
    expect(index.isKnownDistrict('KON')).toBe(true);
  });

  it('returns undefined for unknown codes', () => {
    expect(index.secretariat('VSP-02-999')).toBeUndefined();
    expect(index.secretariat('XYZ-01-001')).toBeUndefined();
    expect(index.secretariat('')).toBeUndefined();
    expect(index.mandal('VSP-99')).toBeUndefined();
    expect(index.district('XYZ')).toBeUndefined();
    expect(index.district('vsp')).toBeUndefined();
    expect(index.isKnownDistrict('XYZ')).toBe(false);
  });

  it('refuses a geography that repeats a code', () => {
    const [district] = geography.districts;
    if (!district) throw new Error('the shipped geography has no districts');
    expect(() => indexGeography({ districts: [district, district] })).toThrow(/duplicate geography code/);
  });
});
