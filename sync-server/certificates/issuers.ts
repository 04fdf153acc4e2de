import type { CatalogDepartment } from '../../shared/model/catalog';
import { issuingRule } from './document-types';
import type { IssuerSpec } from './key-ring';

/** The issuing authority of a department's certificates: `AP-REV` for Revenue. */
export function issuerOf(departmentCode: string): string {
  return `AP-${departmentCode}`;
}

/** An issuer's status list. One list of 131,072 indices serves an issuer for a long time. */
export function statusListIdOf(issuer: string): string {
  return `${issuer}-1`;
}

/** One issuer per department whose certificates Seva issues, allowed to sign their document types. */
export function issuerSpecs(departments: readonly CatalogDepartment[]): IssuerSpec[] {
  return departments.flatMap((department) => {
    const types = department.services.flatMap((service) => issuingRule(service)?.type ?? []);
    if (types.length === 0) return [];
    return [{ issuer: issuerOf(department.code), name: department.name, documentTypes: [...new Set(types)] }];
  });
}
