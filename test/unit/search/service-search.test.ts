import { describe, it, expect } from 'vitest';
import { buildServiceSearch } from '../../../shared/search';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';

const catalog = loadShippedCatalog();
const search = buildServiceSearch(catalog.departments);
const top = (query: string) => search.search(query, { limit: 1 })[0]?.serviceId;
const serviceName = (id: string) =>
  catalog.departments.flatMap((department) => department.services).find((service) => service.id === id)?.name.en ?? '';

describe('service search on the shipped catalog', () => {
  it.each([
    'income certificate',
    'Income Certificate please',
    'incom certifcate',
    'ఆదాయ ధ్రువీకరణ పత్రం',
    'నాకు ఆదాయ ధ్రువీకరణ పత్రం కావాలి',
    'aadaya pathram',
    'adaya patram',
    'aadayam',
  ])('finds the income certificate first for %j', (query) => {
    expect(top(query)).toBe('rev.income-certificate');
  });

  it.each(['caste certificate', 'కుల ధ్రువీకరణ పత్రం', 'kula dhruvikarana', 'kula patram'])(
    'finds the integrated (caste) certificate first for %j',
    (query) => {
      expect(top(query)).toBe('rev.integrated-certificate');
    },
  );

  it.each(['current bill', 'కరెంటు బిల్లు', 'electricity bill', 'karent bil'])(
    'finds electricity bill payment first for %j',
    (query) => {
      expect(top(query)).toBe('energy.electricity-bill-payment');
    },
  );

  it.each(['birth certificate', 'janana', 'janana dhruva patram', 'జనన ధ్రువీకరణ పత్రం'])(
    'finds a birth certificate service first for %j',
    (query) => {
      expect(serviceName(top(query) ?? '')).toMatch(/birth/i);
    },
  );

  it('ranks the plain income certificate above the agricultural one, which also mentions income', () => {
    const ids = search.search('income certificate').map((hit) => hit.serviceId);
    expect(ids.slice(0, 2)).toEqual(['rev.income-certificate', 'rev.agriculture-income-certificate']);
  });

  it('lets the distinctive word decide rather than the generic one every certificate shares', () => {
    const [first, second] = search.search('residence certificate');
    expect(first?.serviceId).toBe('rev.residence-certificate');
    expect(first?.score).toBeGreaterThan(3 * (second?.score ?? 0));
  });

  it('returns nothing for nonsense, an empty query or a query of stop words only', () => {
    expect(search.search('xqzv')).toEqual([]);
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('please I need')).toEqual([]);
    expect(search.search('నాకు కావాలి')).toEqual([]);
  });

  it('returns hits best first with the department of each service', () => {
    const hits = search.search('certificate', { limit: 50 });
    expect(hits.length).toBeGreaterThan(5);
    for (const [index, hit] of hits.entries()) {
      expect(hit.serviceId.startsWith(`${hit.departmentCode.toLowerCase()}.`)).toBe(true);
      const next = hits[index + 1];
      if (next) expect(next.score).toBeLessThanOrEqual(hit.score);
    }
  });

  it('breaks ties by service id, so the same query always lists services in the same order', () => {
    const hits = search.search('certificate', { limit: 50 });
    for (const [index, hit] of hits.entries()) {
      const next = hits[index + 1];
      if (next && next.score === hit.score) expect(next.serviceId > hit.serviceId).toBe(true);
    }
    expect(search.search('certificate', { limit: 50 })).toEqual(hits);
  });

  it('returns at most `limit` hits, ten by default', () => {
    expect(search.search('certificate')).toHaveLength(10);
    expect(search.search('certificate', { limit: 3 })).toHaveLength(3);
    expect(search.search('certificate', { limit: 0 })).toEqual([]);
  });

  it('keeps only the requested kinds of service', () => {
    const hits = search.search('water', { kinds: ['payment'], limit: 20 });
    expect(hits.map((hit) => hit.serviceId)).toContain('maud.water-charges-payment');
    const kinds = new Map(
      catalog.departments.flatMap((department) => department.services).map((service) => [service.id, service.kind]),
    );
    for (const hit of hits) expect(kinds.get(hit.serviceId)).toBe('payment');
  });

  it('reads a repeated word once', () => {
    expect(search.search('bill bill bill')).toEqual(search.search('bill'));
  });

  it('also matches a service by its department name, with less weight than its own name', () => {
    const hits = search.search('revenue', { limit: 50 });
    expect(hits[0]?.serviceId).toBe('rev.revenue-record-certified-copy');
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((hit) => hit.departmentCode === 'REV')).toBe(true);
    expect(hits[1]?.score).toBeLessThan(hits[0]?.score ?? 0);
  });
});
