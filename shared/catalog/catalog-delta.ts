import type { CatalogDeltaResponse } from '../api/catalog-api';
import type { CatalogDepartment, PublishedCatalog } from '../model/catalog';
import type { Service } from '../model/service';

/**
 * What changed between two published catalogs. The server answers `?since=<rev>` with it and
 * devices apply it to the copy they hold, so a phone on a slow link downloads only changes.
 */
export function diffCatalogs(from: PublishedCatalog, to: PublishedCatalog): CatalogDeltaResponse {
  const oldDepartments = new Map(from.departments.map((d) => [d.code, d]));
  const oldServices = new Map<string, string>();
  for (const department of from.departments) {
    for (const service of department.services) oldServices.set(service.id, JSON.stringify(service));
  }
  const newServiceIds = new Set<string>();
  const departments: CatalogDepartment[] = [];
  for (const department of to.departments) {
    const before = oldDepartments.get(department.code);
    const changedServices: Service[] = [];
    for (const service of department.services) {
      newServiceIds.add(service.id);
      if (oldServices.get(service.id) !== JSON.stringify(service)) changedServices.push(service);
    }
    const renamed = !before || JSON.stringify(before.name) !== JSON.stringify(department.name);
    const reordered = before !== undefined && !keepsNaturalOrder(before, department);
    if (renamed || reordered || changedServices.length > 0) {
      // A reorder changes no service, so list every service to carry the new order.
      departments.push({ ...department, services: reordered ? department.services : changedServices });
    }
  }
  const newDepartmentCodes = new Set(to.departments.map((d) => d.code));
  return {
    rev: to.rev,
    since: from.rev,
    publishedAt: to.publishedAt,
    departments,
    removedServiceIds: [...oldServices.keys()].filter((id) => !newServiceIds.has(id)),
    removedDepartmentCodes: from.departments.map((d) => d.code).filter((code) => !newDepartmentCodes.has(code)),
  };
}

/**
 * Whether `after` lists its services as applying a minimal delta to `before` would: the
 * surviving services in their old order, then the new ones.
 */
function keepsNaturalOrder(before: CatalogDepartment, after: CatalogDepartment): boolean {
  const afterIds = new Set(after.services.map((s) => s.id));
  const beforeIds = new Set(before.services.map((s) => s.id));
  const natural = [
    ...before.services.filter((s) => afterIds.has(s.id)).map((s) => s.id),
    ...after.services.filter((s) => !beforeIds.has(s.id)).map((s) => s.id),
  ];
  return natural.join('\n') === after.services.map((s) => s.id).join('\n');
}

/** Applies a delta to the catalog it was computed from, giving the catalog at `delta.rev`. */
export function applyCatalogDelta(base: PublishedCatalog, delta: CatalogDeltaResponse): PublishedCatalog {
  if (delta.since !== base.rev) throw new Error(`delta since rev ${delta.since} cannot apply to rev ${base.rev}`);
  const removedServices = new Set(delta.removedServiceIds);
  const removedDepartments = new Set(delta.removedDepartmentCodes);
  const changedByCode = new Map(delta.departments.map((d) => [d.code, d]));
  const departments: CatalogDepartment[] = [];
  for (const department of base.departments) {
    if (removedDepartments.has(department.code)) continue;
    const change = changedByCode.get(department.code);
    changedByCode.delete(department.code);
    departments.push(
      change ? mergeDepartment(department, change, removedServices) : pruned(department, removedServices),
    );
  }
  // Departments new in this rev come after the ones the device already had.
  departments.push(...changedByCode.values());
  return { rev: delta.rev, publishedAt: delta.publishedAt, departments };
}

function pruned(department: CatalogDepartment, removed: ReadonlySet<string>): CatalogDepartment {
  return { ...department, services: department.services.filter((s) => !removed.has(s.id)) };
}

function mergeDepartment(
  base: CatalogDepartment,
  change: CatalogDepartment,
  removed: ReadonlySet<string>,
): CatalogDepartment {
  const changed = new Map(change.services.map((s) => [s.id, s]));
  const survivors = base.services.filter((s) => !removed.has(s.id));
  // When the delta lists every surviving service it carries the department's full, ordered list.
  if (survivors.every((s) => changed.has(s.id))) return change;
  const services = survivors.map((s) => changed.get(s.id) ?? s);
  const known = new Set(services.map((s) => s.id));
  services.push(...change.services.filter((s) => !known.has(s.id)));
  return { ...change, services };
}
