import { describe, expect, it } from 'vitest';
import { toggleDay } from './announcedDays';

describe('toggleDay', () => {
  it('adds a day in date order and removes it when toggled again', () => {
    const days = [{ date: '2026-10-05' }, { date: '2026-10-20', opens: '13:00' }];
    const added = toggleDay(days, '2026-10-01', () => ({ date: '2026-10-01' }));
    expect(added.map((day) => day.date)).toEqual(['2026-10-01', '2026-10-05', '2026-10-20']);
    expect(toggleDay(added, '2026-10-05', () => ({ date: '2026-10-05' }))).toEqual([
      { date: '2026-10-01' },
      { date: '2026-10-20', opens: '13:00' },
    ]);
  });

  it('sorts a list that came out of order', () => {
    const days = [{ date: '2026-10-09' }, { date: '2026-10-02' }];
    expect(toggleDay(days, '2026-10-30', () => ({ date: '2026-10-30' })).map((day) => day.date)).toEqual([
      '2026-10-02',
      '2026-10-09',
      '2026-10-30',
    ]);
  });
});
