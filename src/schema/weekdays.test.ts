import { describe, expect, it } from 'vitest';
import { CALENDAR_WEEK, WEEKDAY_EN, WEEKDAYS, weekdayNameJa, weekdayShortNameJa } from './weekdays';

describe('weekdays', () => {
  it('lays a wall calendar out from Sunday, with every weekday once', () => {
    expect(CALENDAR_WEEK).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(new Set(CALENDAR_WEEK)).toEqual(new Set(WEEKDAYS));
  });

  it('names each day in Japanese, short and full, and as schema.org does', () => {
    expect(WEEKDAYS.map(weekdayShortNameJa).join('・')).toBe('月曜・火曜・水曜・木曜・金曜・土曜・日曜');
    expect(weekdayNameJa('sun')).toBe('日曜日');
    expect(WEEKDAY_EN.mon).toBe('Monday');
  });
});
