import type { District, Geography, Mandal, Secretariat } from '../../../shared/model/geography';

/**
 * Finding places by code. Codes nest (`GNT`, `GNT-03`, `GNT-03-002`), so a lookup walks one
 * district and one mandal instead of the whole state: cheap enough per message even for the
 * full list of some fifteen thousand secretariats.
 */

export function findDistrict(geography: Geography, code: string): District | undefined {
  return geography.districts.find((district) => district.code === code);
}

export function findMandal(geography: Geography, code: string): { district: District; mandal: Mandal } | undefined {
  const district = findDistrict(geography, code.slice(0, code.indexOf('-')));
  const mandal = district?.mandals.find((candidate) => candidate.code === code);
  return district && mandal ? { district, mandal } : undefined;
}

export interface FoundSecretariat {
  district: District;
  mandal: Mandal;
  secretariat: Secretariat;
}

export function findSecretariat(geography: Geography, code: string): FoundSecretariat | undefined {
  const found = findMandal(geography, code.slice(0, code.lastIndexOf('-')));
  const secretariat = found?.mandal.secretariats.find((candidate) => candidate.code === code);
  return found && secretariat ? { ...found, secretariat } : undefined;
}
