import type { OperatingMonth } from '../../schema/calendar';
import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';
import type { Settings } from '../../schema/settings';
import { holidayName } from './holidays';
import { monthOf, weekdayOf } from './tokyoCalendar';
import type { ClosedDay, DayStatus, HubCalendarSource, OpenDay, YearEndPeriod } from './types';

/** The site's year-end period (settings), for hubs that keep no period of their own. */
export function siteYearEnd(settings: Pick<Settings, 'yearEndFrom' | 'yearEndTo'>): YearEndPeriod {
  return { from: settings.yearEndFrom, to: settings.yearEndTo };
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
    // A month with only a notice attached (its days in a PDF) says nothing the engine can read.
    if (month.openDays.length > 0 || schedule.kind === 'weekly') announcedMonths.add(month.month);
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
    const yearEndDay = schedule.overYearEnd !== 'open' && isInYearEnd(date, yearEnd);
    if (yearEndDay && schedule.overYearEnd === 'closed') return { open: false, date, reason: 'yearEnd' };
    const holiday = holidayName(date);
    if (holiday !== undefined && schedule.closedOnHolidays)
      return { open: false, date, reason: 'holiday', label: holiday };
    // The seed says 祝日休み but nothing of the year end: 元日 is closed, the other days unknown.
    if (yearEndDay) return { open: false, date, reason: 'yearEndUnconfirmed' };
    return openOn(date, {}, false);
  };
}

/** What a hub does on each of the given dates, in their order. */
export function dayStatuses(source: HubCalendarSource, dates: readonly PlainDate[]): DayStatus[] {
  return dates.map(dayClassifier(source));
}

/** The open days among day statuses, in their order. */
export function openDaysOf(statuses: readonly DayStatus[]): OpenDay[] {
  const days: OpenDay[] = [];
  for (const status of statuses) {
    if (status.open) {
      const { open: _open, ...day } = status;
      days.push(day);
    }
  }
  return days;
}

/** Days the site must not call open or closed: residents are asked to check with the hub. */
export function unconfirmedDaysOf(statuses: readonly DayStatus[]): PlainDate[] {
  return statuses.filter((status) => !status.open && status.reason === 'yearEndUnconfirmed').map((day) => day.date);
}

/** Closed for a reason other than the pattern itself: a national holiday, the year end or a 臨時休業. */
export function isExceptionalClosure(status: DayStatus): status is ClosedDay {
  return !status.open && (status.reason === 'holiday' || status.reason === 'yearEnd' || status.reason === 'closure');
}
