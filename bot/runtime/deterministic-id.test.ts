import { describe, expect, it } from 'vitest';
import { isUuidV7, uuidV7Time } from '../../shared/ids';
import { RecordIdSchema } from '../../shared/model/service-request';
import { deterministicUuidV7, idsForEvent } from './deterministic-id';

const AT = new Date('2025-11-14T05:30:00.123Z');

describe('deterministic UUIDv7s', () => {
  it('when the same event is processed twice, then it gets the same ids in the same order', () => {
    const first = idsForEvent('wamid.HBgM1', AT);
    const second = idsForEvent('wamid.HBgM1', AT);
    const ids = [first(), first(), first()];
    expect([second(), second(), second()]).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
  });

  it('when events differ, then their ids differ', () => {
    expect(idsForEvent('wamid.A', AT)()).not.toBe(idsForEvent('wamid.B', AT)());
    // The separator keeps ("a1", 0) and ("a", 10) apart.
    expect(deterministicUuidV7('a1\u00000', 0)).not.toBe(deterministicUuidV7('a\u000010', 0));
  });

  it('then every id is a valid lowercase UUIDv7 carrying the event time', () => {
    const next = idsForEvent('status:019a8000-0000-7000-8000-000000000001:7', AT);
    for (let index = 0; index < 200; index += 1) {
      const id = next();
      expect(isUuidV7(id)).toBe(true);
      expect(RecordIdSchema.safeParse(id).success).toBe(true);
      expect(uuidV7Time(id)).toEqual(AT);
    }
  });
});
