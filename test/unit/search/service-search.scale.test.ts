import { describe, it, expect } from 'vitest';
import { buildServiceSearch } from '../../../shared/search';
import { generateScaleCatalog } from '../../fixtures/scale-catalog';

const catalog = generateScaleCatalog();
const services = catalog.departments.flatMap((department) => department.services);

/** What people type, in the three ways they type it, with and without slips. */
const PHRASES = [
  'income certificate',
  'incom certifcate',
  'ఆదాయ ధ్రువీకరణ పత్రం',
  'aadaya pathram',
  'caste certificate',
  'kula dhruvikarana',
  'కరెంటు బిల్లు',
  'current bill',
  'birth certificate',
  'janana',
  'ration card',
  'pinchanu',
  'driving licence renewal',
  'property tax',
  'street light not working',
  'నీటి సరఫరా లేదు',
  'xqzv',
  'please',
];

/** 200 queries: the phrases above plus synthetic service names, some cut short or with a letter dropped. */
function queries(): string[] {
  const list = [...PHRASES];
  for (let index = 0; list.length < 200; index += 1) {
    const service = services[(index * 37) % services.length];
    if (!service) break;
    const name = index % 2 === 0 ? service.name.en : service.name.te;
    if (index % 3 === 0) list.push(name.slice(0, Math.max(4, Math.floor(name.length / 2))));
    else if (index % 3 === 1) list.push(name.replace(/(\p{L})\p{L}/u, '$1'));
    else list.push(name);
  }
  return list;
}

describe('service search on a 1,000-service catalog', () => {
  it('still finds the right shipped service among the synthetic ones', () => {
    const search = buildServiceSearch(catalog.departments);
    expect(services.length).toBeGreaterThanOrEqual(1000);
    expect(search.search('aadaya pathram')[0]?.serviceId).toBe('rev.income-certificate');
    expect(search.search('కుల ధ్రువీకరణ పత్రం')[0]?.serviceId).toBe('rev.integrated-certificate');
    expect(search.search('current bill')[0]?.serviceId).toBe('energy.electricity-bill-payment');
  });

  it('finds a synthetic service by its own Telugu name', () => {
    const search = buildServiceSearch(catalog.departments);
    const target = services.at(-1);
    if (!target) throw new Error('empty catalog');
    const [first] = search.search(target.name.te);
    const tied = search.search(target.name.te, { limit: 50 }).filter((hit) => hit.score === first?.score);
    expect(tied.map((hit) => hit.serviceId)).toContain(target.id);
  });

  it('builds the index and answers 200 varied queries quickly enough to search on every keystroke', () => {
    const started = performance.now();
    const search = buildServiceSearch(catalog.departments);
    const built = performance.now();
    const list = queries();
    for (const query of list) search.search(query);
    const finished = performance.now();

    expect(list).toHaveLength(200);
    // Generous bounds: a cold CI runner is far slower than a laptop, and a phone slower still.
    expect(built - started).toBeLessThan(2_000);
    expect((finished - built) / list.length).toBeLessThan(10);
  });
});
