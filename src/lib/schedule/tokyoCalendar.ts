import type { ClockTime, PlainDate } from '../../schema/primitives';
import { WEEKDAYS, type Weekday } from '../../schema/weekdays';

/**
 * Calendar arithmetic in Asia/Tokyo that never consults the machine's time zone.
 * Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact.
 */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'YYYY-MM' */
export type YearMonth = string;

function utcMidnight(date: PlainDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function isoDay(ms: number): PlainDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function tokyoDateOf(instant: Date): PlainDate {
  return isoDay(instant.getTime() + TOKYO_OFFSET_MS);
}

/** The Tokyo wall-clock time of an instant, 'HH:MM'. */
export function tokyoTimeOf(instant: Date): ClockTime {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString().slice(11, 16);
}

export function instantAt(date: PlainDate, time: ClockTime): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return isoDay(utcMidnight(date) + days * DAY_MS);
}

// Every hub asks about the same few hundred dates: parse each once (bounded by the dates a build touches).
const weekdayCache = new Map<PlainDate, Weekday>();

export function weekdayOf(date: PlainDate): Weekday {
  let weekday = weekdayCache.get(date);
  if (weekday === undefined) {
    // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
    weekday = WEEKDAYS[(new Date(utcMidnight(date)).getUTCDay() + 6) % 7] as Weekday;
    if (Number.isNaN(utcMidnight(date))) return weekday;
    weekdayCache.set(date, weekday);
  }
  return weekday;
}

export function monthOf(date: PlainDate): YearMonth {
  return date.slice(0, 7);
}

export function addMonths(month: YearMonth, months: number): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return first.toISOString().slice(0, 7);
}

export function firstDayOf(month: YearMonth): PlainDate {
  return `${month}-01`;
}

export function lastDayOf(month: YearMonth): PlainDate {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

// Pages, feeds and checks ask for the same ranges (the feed window, each month) once per hub:
// format each range once and hand out copies. Cleared when large, so the dev server stays bounded.
const rangeCache = new Map<string, readonly PlainDate[]>();
const RANGE_CACHE_LIMIT = 2000;

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: PlainDate, to: PlainDate): PlainDate[] {
  const key = `${from}/${to}`;
  const cached = rangeCache.get(key);
  if (cached) return [...cached];
  const dates: PlainDate[] = [];
  for (let ms = utcMidnight(from), end = utcMidnight(to); ms <= end; ms += DAY_MS) dates.push(isoDay(ms));
  if (rangeCache.size >= RANGE_CACHE_LIMIT) rangeCache.clear();
  rangeCache.set(key, dates.slice());
  return dates;
}

export function daysInMonth(month: YearMonth): PlainDate[] {
  return datesBetween(firstDayOf(month), lastDayOf(month));
}

/** Minutes between two 'HH:MM' times of the same day. */
export function minutesBetween(opens: ClockTime, closes: ClockTime): number {
  const toMinutes = (time: ClockTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(closes) - toMinutes(opens);
}
