import { describe, expect, it } from 'vitest';
import type { PublishedCatalog } from '../model/catalog';
import type { Service } from '../model/service';
import { applyCatalogDelta, diffCatalogs } from './catalog-delta';

function service(id: string, feeInr = 0): Service {
  const departmentCode = id.split('.')[0]?.toUpperCase() ?? 'X';
  return {
    id,
    departmentCode,
    name: { en: id, te: 'సేవ' },
    kind: 'certificate',
    slaDays: 7,
    feeInr,
    requiredDocuments: [],
    keywords: [],
    fields: [],
  };
}

function catalog(rev: number, departments: Record<string, Service[]>): PublishedCatalog {
  return {
    rev,
    publishedAt: `2026-01-0${rev}T00:00:00.000Z`,
    departments: Object.entries(departments).map(([code, services]) => ({
      code,
      name: { en: code, te: 'శాఖ' },
      services,
    })),
  };
}

describe('catalog delta', () => {
  const v1 = catalog(1, {
    REV: [service('rev.a'), service('rev.b'), service('rev.c')],
    MAUD: [service('maud.x')],
  });

  it('lists only the services that changed or were added, and the ones removed', () => {
    const v2 = catalog(2, {
      REV: [service('rev.a'), service('rev.b', 45), service('rev.d')],
      MAUD: [service('maud.x')],
    });
    const delta = diffCatalogs(v1, v2);
    expect(delta.departments.map((d) => [d.code, d.services.map((s) => s.id)])).toEqual([['REV', ['rev.b', 'rev.d']]]);
    expect(delta.removedServiceIds).toEqual(['rev.c']);
    expect(delta.removedDepartmentCodes).toEqual([]);
  });

  it('when applied to the old catalog, then it gives exactly the new one', () => {
    const cases = [
      catalog(2, { REV: [service('rev.a'), service('rev.b', 45), service('rev.d')], MAUD: [service('maud.x')] }),
      catalog(2, { REV: [service('rev.c'), service('rev.a'), service('rev.b')], MAUD: [service('maud.x')] }),
      catalog(2, { REV: [service('rev.a')], ENERGY: [service('energy.bill')] }),
      catalog(2, { MAUD: [service('maud.x', 10)], REV: [service('rev.a'), service('rev.b'), service('rev.c')] }),
    ];
    for (const next of cases) {
      const rebuilt = applyCatalogDelta(v1, diffCatalogs(v1, next));
      expect(rebuilt.departments.map((d) => d.code).sort()).toEqual(next.departments.map((d) => d.code).sort());
      for (const department of next.departments) {
        expect(rebuilt.departments.find((d) => d.code === department.code)).toEqual(department);
      }
      expect(rebuilt.rev).toBe(2);
    }
  });

  it('is empty between a catalog and itself', () => {
    const delta = diffCatalogs(v1, { ...v1 });
    expect(delta.departments).toEqual([]);
    expect(delta.removedServiceIds).toEqual([]);
  });

  it('refuses to apply a delta to a rev it was not computed from', () => {
    const delta = diffCatalogs(v1, catalog(3, { REV: [service('rev.a')] }));
    expect(() => applyCatalogDelta({ ...v1, rev: 2 }, delta)).toThrow(/since rev 1/);
  });
});
