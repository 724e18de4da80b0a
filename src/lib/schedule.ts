import type { OperatingMonth } from '../schema/calendar';
import type { Schedule } from '../schema/hub';
import type { ClockTime, PlainDate } from '../schema/primitives';
import { holidayName } from './holidays';
import { datesBetween, instantAt, monthOf, tokyoDateOf, weekdayOf } from './tokyoCalendar';

export interface OpenDay {
  date: PlainDate;
  opens: ClockTime;
  closes: ClockTime;
  /** Shown to residents next to the day, e.g. a special opening's reason. */
  note?: string;
  /** Opened outside the usual pattern (特別開所). */
  special?: boolean;
}

export type ClosedReason = 'holiday' | 'yearEnd' | 'closure' | 'notScheduled' | 'notAnnounced';

export type DayStatus =
  | ({ open: true } & OpenDay)
  | { open: false; date: PlainDate; reason: ClosedReason; label?: string };

export interface YearEndPeriod {
  from: string; // 'MM-DD'
  to: string; // 'MM-DD'
}

export const DEFAULT_YEAR_END: YearEndPeriod = { from: '12-29', to: '01-03' };

/** Everything the engine needs to know about one hub. */
export interface HubCalendarSource {
  schedule: Schedule;
  months: readonly OperatingMonth[];
  yearEnd: YearEndPeriod;
}

export interface DateRange {
  from: PlainDate;
  to: PlainDate;
}

export function yearEndOf(schedule: Schedule, defaults: YearEndPeriod): YearEndPeriod {
  return { from: schedule.yearEndFrom ?? defaults.from, to: schedule.yearEndTo ?? defaults.to };
}

export function isInYearEnd(date: PlainDate, period: YearEndPeriod): boolean {
  const monthDay = date.slice(5);
  return period.from > period.to
    ? monthDay >= period.from || monthDay <= period.to
    : monthDay >= period.from && monthDay <= period.to;
}

/** The usual hours on a date's weekday, honouring per-weekday exceptions. */
export function usualHours(schedule: Schedule, date: PlainDate): { opens: ClockTime; closes: ClockTime } {
  const weekday = weekdayOf(date);
  const exception = schedule.hoursByWeekday.find((hours) => hours.weekday === weekday);
  return exception
    ? { opens: exception.opens, closes: exception.closes }
    : { opens: schedule.opens, closes: schedule.closes };
}

/** A per-hub classifier: build it once, then ask it about any number of days. */
export function dayClassifier(source: HubCalendarSource): (date: PlainDate) => DayStatus {
  const { schedule, yearEnd } = source;
  const closures = new Map<PlainDate, string>();
  const specials = new Map<PlainDate, OperatingMonth['specialOpenings'][number]>();
  const listed = new Map<PlainDate, OperatingMonth['openDays'][number]>();
  const announcedMonths = new Set<string>();
  for (const month of source.months) {
    announcedMonths.add(month.month);
    for (const closure of month.closures) closures.set(closure.date, closure.reason);
    for (const special of month.specialOpenings) specials.set(special.date, special);
    for (const day of month.openDays) listed.set(day.date, day);
  }

  const openOn = (
    date: PlainDate,
    entry: { opens?: string | undefined; closes?: string | undefined; note?: string | undefined },
    special: boolean,
  ): DayStatus => {
    const hours = usualHours(schedule, date);
    return {
      open: true,
      date,
      opens: entry.opens ?? hours.opens,
      closes: entry.closes ?? hours.closes,
      ...(entry.note ? { note: entry.note } : {}),
      ...(special ? { special: true } : {}),
    };
  };

  return (date) => {
    const closure = closures.get(date);
    if (closure !== undefined) return { open: false, date, reason: 'closure', label: closure };
    const special = specials.get(date);
    if (special) return openOn(date, special, true);

    if (schedule.kind === 'irregular') {
      const day = listed.get(date);
      if (day) return openOn(date, day, false);
      return { open: false, date, reason: announcedMonths.has(monthOf(date)) ? 'notScheduled' : 'notAnnounced' };
    }

    if (!schedule.weekdays.includes(weekdayOf(date))) return { open: false, date, reason: 'notScheduled' };
    if (schedule.closedOverYearEnd && isInYearEnd(date, yearEnd)) return { open: false, date, reason: 'yearEnd' };
    const holiday = holidayName(date);
    if (holiday !== undefined && schedule.closedOnHolidays)
      return { open: false, date, reason: 'holiday', label: holiday };
    return openOn(date, {}, false);
  };
}

export function dayStatuses(source: HubCalendarSource, range: DateRange): DayStatus[] {
  const classify = dayClassifier(source);
  return datesBetween(range.from, range.to).map(classify);
}

/** The days a hub is open within a range, in date order. */
export function openDays(source: HubCalendarSource, range: DateRange): OpenDay[] {
  const days: OpenDay[] = [];
  for (const status of dayStatuses(source, range)) {
    if (status.open) {
      const { open: _open, ...day } = status;
      days.push(day);
    }
  }
  return days;
}

export function isOpenAt(days: readonly OpenDay[], instant: Date): boolean {
  const today = tokyoDateOf(instant);
  const day = days.find((candidate) => candidate.date === today);
  if (!day) return false;
  const time = instant.getTime();
  return time >= instantAt(day.date, day.opens).getTime() && time < instantAt(day.date, day.closes).getTime();
}

/** The first open day that has not yet ended at `after` (it may be under way). */
export function nextOpening(days: readonly OpenDay[], after: Date): OpenDay | undefined {
  const time = after.getTime();
  return days.find((day) => instantAt(day.date, day.closes).getTime() > time);
}
