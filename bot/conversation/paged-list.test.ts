import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { pick } from '../../shared/i18n/pick';
import { checkOutbound } from '../whatsapp/check-outbound';
import { fitDescription } from '../whatsapp/fit-text';
import { choicesOf, START } from './testing/driver';
import { pageCount, pagedList, pageSlice, type ListItem } from './paged-list';
import { newSession } from './session';
import { TEST_CATALOG } from './testing/test-catalog';
import { TEST_GEOGRAPHY } from './testing/test-geography';
import { Turn } from './turn';

describe('paging', () => {
  it('for every list length up to 60, pages hold every item once, at most ten rows each counting "More…"', () => {
    for (let count = 1; count <= 60; count += 1) {
      const items = Array.from({ length: count }, (_, index) => index);
      const seen: number[] = [];
      for (let page = 0; page < pageCount(count); page += 1) {
        const slice = pageSlice(items, page);
        expect(slice.items.length + (slice.more ? 1 : 0)).toBeLessThanOrEqual(10);
        expect(slice.more).toBe(page < pageCount(count) - 1);
        seen.push(...slice.items);
      }
      expect(seen).toEqual(items);
    }
  });

  it('clamps a page past the end to the last page', () => {
    expect(pageSlice([1, 2, 3], 7)).toEqual({ page: 0, items: [1, 2, 3], more: false });
  });
});

describe('list builders over the whole test catalog', () => {
  it.each(LANGUAGES)(
    "in %s, every department's services, on every page, make valid lists naming each service once",
    (language) => {
      for (const department of TEST_CATALOG.departments) {
        const turn = new Turn(
          { ...newSession('919876543210'), language },
          { catalog: TEST_CATALOG, geography: TEST_GEOGRAPHY, now: START, newId: () => 'x' },
        );
        const items = department.services.map((service): ListItem => ({
          action: { do: 'service', serviceId: service.id },
          name: pick(service.name, language),
          detail: 'x',
        }));
        const listed: string[] = [];
        for (let page = 0; page < pageCount(items.length); page += 1) {
          const { message } = pagedList(turn, { body: 'Choose', button: 'Services', items, page });
          expect(checkOutbound(message)).toEqual([]);
          for (const row of choicesOf(message)) {
            const [, action, serviceId] = row.id.split('|');
            if (action !== 'service' || !serviceId) continue;
            listed.push(serviceId);
            const full = pick(TEST_CATALOG.service(serviceId)?.name ?? { en: '', te: '' }, language);
            // A shortened title always comes with the name below it: in full, or fitted to 72 the same way.
            if (row.title !== full) expect([`${full} · x`, fitDescription(full)]).toContain(row.description);
          }
        }
        expect(listed).toEqual(department.services.map((service) => service.id));
      }
    },
  );
});
