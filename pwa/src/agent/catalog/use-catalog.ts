import { useMemo } from 'preact/hooks';
import type { CatalogDepartment } from '../../../../shared/model/catalog';
import type { Service } from '../../../../shared/model/service';
import { db } from '../../db/app-db';
import { useLiveQuery, type Live } from '../../ui/use-live-query';

/** The newest catalog on the device, with services looked up by id. */
export interface CatalogView {
  rev: number;
  departments: CatalogDepartment[];
  services: ReadonlyMap<string, Service>;
  departmentsByCode: ReadonlyMap<string, CatalogDepartment>;
}

export function useCatalog(): Live<CatalogView | undefined> {
  const live = useLiveQuery(() => db.catalog.orderBy('rev').last(), []);
  const row = live.loaded ? live.value : undefined;
  const view = useMemo(() => {
    if (!row) return undefined;
    const services = new Map<string, Service>();
    for (const department of row.departments)
      for (const service of department.services) services.set(service.id, service);
    return {
      rev: row.rev,
      departments: row.departments,
      services,
      departmentsByCode: new Map(row.departments.map((d) => [d.code, d])),
    };
  }, [row]);
  return live.loaded ? { loaded: true, value: view } : { loaded: false };
}
