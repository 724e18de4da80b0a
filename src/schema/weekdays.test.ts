import { describe, expect, it } from 'vitest';
import { WEEKDAY_EN, WEEKDAYS, weekdayNameJa, weekdayShortNameJa } from './weekdays';

describe('weekdays', () => {
  it('names each day in Japanese, short and full, and as schema.org does', () => {
    expect(WEEKDAYS.map(weekdayShortNameJa).join('・')).toBe('月曜・火曜・水曜・木曜・金曜・土曜・日曜');
    expect(weekdayNameJa('sun')).toBe('日曜日');
    expect(WEEKDAY_EN.mon).toBe('Monday');
  });
});
