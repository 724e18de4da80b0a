import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../schema/weekdays';
import { CALENDAR_WEEK, monthGrid } from './calendarGrid';
import { daysInMonth, weekdayOf } from './tokyoCalendar';
import type { DayStatus } from './types';

const closed = (date: string): DayStatus => ({ open: false, date, reason: 'notScheduled' });

describe('monthGrid', () => {
  it('has Sunday-to-Saturday columns, every weekday once', () => {
    expect(CALENDAR_WEEK).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(new Set(CALENDAR_WEEK)).toEqual(new Set(WEEKDAYS));
  });

  it.each(['2026-02', '2026-09', '2026-11', '2027-08'])('puts each day of %s under its weekday', (month) => {
    const grid = monthGrid(month, closed);
    for (const week of grid.weeks) {
      expect(week).toHaveLength(7);
      week.forEach((day, column) => {
        if (day) expect(weekdayOf(day.date), day.date).toBe(CALENDAR_WEEK[column]);
      });
    }
    expect(grid.weeks.flat().flatMap((day) => (day ? [day.date] : []))).toEqual(daysInMonth(month));
  });
});
