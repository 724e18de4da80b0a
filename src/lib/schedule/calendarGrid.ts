import type { PlainDate } from '../../schema/primitives';
import { WEEKDAYS, type Weekday } from '../../schema/weekdays';
import { daysInMonth, firstDayOf, weekdayOf, type YearMonth } from './tokyoCalendar';
import type { DayStatus } from './types';

/** A wall calendar's week, Sunday to Saturday, as Japanese calendars lay it out: the grid's columns. */
export const CALENDAR_WEEK: readonly Weekday[] = [WEEKDAYS[6], ...WEEKDAYS.slice(0, 6)];

/** A month laid out in weeks; each day is whatever `classify` says of it (the site: its status). */
export interface MonthGrid<Day = DayStatus> {
  month: YearMonth;
  /** Weeks from Sunday to Saturday, as Japanese wall calendars lay them out; null pads the edges. */
  weeks: Array<Array<Day | null>>;
}

export function monthGrid<Day = DayStatus>(month: YearMonth, classify: (date: PlainDate) => Day): MonthGrid<Day> {
  const days = daysInMonth(month).map(classify);
  const firstWeekday = CALENDAR_WEEK.indexOf(weekdayOf(firstDayOf(month)));
  const cells: Array<Day | null> = [...Array<null>(firstWeekday).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<Day | null>> = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return { month, weeks };
}
