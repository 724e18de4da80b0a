import { describe, expect, it } from 'vitest';
import { changeInstant, latestDate, UNKNOWN_CHANGE } from './changeTimes';

const NOW = new Date('2026-12-01T09:30:00+09:00');

describe('changeInstant', () => {
  it('is the start of the 更新日 in Asia/Tokyo, whatever the machine zone', () => {
    expect(changeInstant('2026-11-25', NOW).toISOString()).toBe('2026-11-24T15:00:00.000Z');
  });

  it('is never later than the build instant', () => {
    expect(changeInstant('2026-12-02', NOW)).toEqual(NOW);
    expect(changeInstant('2026-12-01', NOW).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('is one fixed instant when the entry has no 更新日', () => {
    expect(changeInstant(undefined, NOW)).toBe(UNKNOWN_CHANGE);
    expect(UNKNOWN_CHANGE.getTime()).toBe(0);
  });
});

describe('latestDate', () => {
  it('takes the latest recorded 更新日 of a hub and its calendars', () => {
    expect(latestDate(['2026-11-26', undefined, '2026-12-01', '2026-10-05'])).toBe('2026-12-01');
    expect(latestDate([undefined, undefined])).toBeUndefined();
    expect(latestDate([])).toBeUndefined();
  });
});
