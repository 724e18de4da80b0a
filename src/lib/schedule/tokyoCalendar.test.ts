import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  datesBetween,
  daysInMonth,
  instantAt,
  lastDayOf,
  minutesBetween,
  tokyoDateOf,
  tokyoTimeOf,
  weekdayOf,
} from './tokyoCalendar';

describe('tokyoCalendar', () => {
  it('runs under the zone this project was started with', () => {
    // Guards the TZ matrix itself: if TZ were ignored, the three runs would prove nothing.
    const expected = { UTC: 0, 'America/Los_Angeles': 480, 'Asia/Tokyo': -540 }[process.env.TZ ?? ''];
    expect(new Date('2026-01-15T00:00:00Z').getTimezoneOffset()).toBe(expected);
  });

  it('reads the Tokyo calendar day of an instant, not the machine one', () => {
    expect(tokyoDateOf(new Date('2026-11-25T15:00:00Z'))).toBe('2026-11-26');
    expect(tokyoDateOf(new Date('2026-11-25T14:59:59Z'))).toBe('2026-11-25');
  });

  it('reads the Tokyo wall-clock time of an instant', () => {
    expect(tokyoTimeOf(new Date('2026-11-30T15:05:00Z'))).toBe('00:05');
    expect(tokyoTimeOf(new Date('2026-11-25T01:30:00Z'))).toBe('10:30');
  });

  it('builds instants from Tokyo wall-clock times', () => {
    expect(instantAt('2026-11-02', '10:00').toISOString()).toBe('2026-11-02T01:00:00.000Z');
    expect(instantAt('2027-01-01', '00:00').toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });

  it('does day and month arithmetic across month, year and leap boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(daysInMonth('2026-11')).toHaveLength(30);
  });

  it('names weekdays from the date alone', () => {
    expect(weekdayOf('2026-11-25')).toBe('wed');
    expect(weekdayOf('2026-11-29')).toBe('sun');
    expect(weekdayOf('2026-11-30')).toBe('mon');
  });

  it('measures opening hours in minutes', () => {
    expect(minutesBetween('09:30', '15:30')).toBe(360);
    expect(minutesBetween('10:00', '12:15')).toBe(135);
  });
});

describe('tokyoCalendar caches', () => {
  it('hands out a fresh copy of a cached range, so a caller cannot corrupt the next one', () => {
    const first = datesBetween('2026-12-28', '2027-01-04');
    first.push('changed');
    first[0] = 'changed';
    expect(datesBetween('2026-12-28', '2027-01-04')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
    ]);
  });

  it('answers weekdays the same on repeated asks', () => {
    expect([weekdayOf('2026-09-22'), weekdayOf('2026-09-22'), weekdayOf('2027-03-22')]).toEqual(['tue', 'tue', 'mon']);
  });
});
