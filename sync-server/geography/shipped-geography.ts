import {
  GeographySchema,
  type District,
  type Geography,
  type Jurisdiction,
  type Mandal,
  type Secretariat,
} from '../../shared/model/geography';
import data from './data/ap-geography.json' with { type: 'json' };

/** A secretariat together with the mandal and district it sits in. */
export interface ResolvedSecretariat {
  secretariat: Secretariat;
  mandal: Mandal;
  district: District;
  jurisdiction: Jurisdiction;
}

/** Constant-time lookups over one geography; built once, then only read. */
export interface GeographyIndex {
  readonly geography: Geography;
  district(code: string): District | undefined;
  mandal(code: string): Mandal | undefined;
  secretariat(code: string): ResolvedSecretariat | undefined;
  isKnownDistrict(code: string): boolean;
}

let shipped: Geography | undefined;

/**
 * The geography bundled with the server, validated on first use. The result is cached and frozen: every
 * caller shares the one copy, so a stray write must fail loudly rather than change codes for everyone else.
 */
export function loadShippedGeography(): Geography {
  shipped ??= deepFreeze(GeographySchema.parse(data));
  return shipped;
}

/**
 * Builds the lookup maps. Requests and tokens carry only codes, so resolving them must not scan the tree;
 * a duplicate code would make those lookups ambiguous, hence the throw.
 */
export function indexGeography(geography: Geography): GeographyIndex {
  const districts = new Map<string, District>();
  const mandals = new Map<string, Mandal>();
  const secretariats = new Map<string, ResolvedSecretariat>();
  const seen = new Set<string>();
  const claim = (code: string) => {
    if (seen.has(code)) throw new Error(`duplicate geography code ${code}`);
    seen.add(code);
  };

  for (const district of geography.districts) {
    claim(district.code);
    districts.set(district.code, district);
    for (const mandal of district.mandals) {
      claim(mandal.code);
      mandals.set(mandal.code, mandal);
      for (const secretariat of mandal.secretariats) {
        claim(secretariat.code);
        // Frozen because every caller resolving this code receives the same object.
        secretariats.set(
          secretariat.code,
          Object.freeze({
            secretariat,
            mandal,
            district,
            jurisdiction: Object.freeze({
              districtCode: district.code,
              mandalCode: mandal.code,
              secretariatCode: secretariat.code,
            }),
          }),
        );
      }
    }
  }

  return {
    geography,
    district: (code) => districts.get(code),
    mandal: (code) => mandals.get(code),
    secretariat: (code) => secretariats.get(code),
    isKnownDistrict: (code) => districts.has(code),
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
