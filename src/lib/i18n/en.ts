import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';
import { WEEKDAY_EN, type Weekday, weekdayRuns } from '../../schema/weekdays';
import { weekdayOf } from '../schedule/tokyoCalendar';
import { DEFAULT_YEAR_END, type YearEndPeriod } from '../schedule/types';
import type { ScheduleWords } from './words';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const month = (value: string) => `${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;

/** '09:30' → '9:30' */
const time = (value: ClockTime) => value.replace(/^0/, '');
const hours = (opens: ClockTime, closes: ClockTime) => `${time(opens)}–${time(closes)}`;
/** '12-29' → '29 Dec' */
const monthDay = (value: string) =>
  `${Number(value.slice(3, 5))} ${MONTHS[Number(value.slice(0, 2)) - 1]?.slice(0, 3)}`;

function day(date: PlainDate): string {
  const weekday = WEEKDAY_EN[weekdayOf(date)].slice(0, 3);
  return `${weekday} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]?.slice(0, 3)}`;
}

function yearEnd(period: YearEndPeriod): string {
  return `the New Year holidays (${monthDay(period.from)}–${monthDay(period.to)})`;
}

function weekdays(days: readonly Weekday[]): string {
  const parts = weekdayRuns(days).map((run) =>
    run.length >= 3
      ? `${WEEKDAY_EN[run[0] as Weekday]} to ${WEEKDAY_EN[run.at(-1) as Weekday]}`
      : run.map((each) => WEEKDAY_EN[each]).join(', '),
  );
  return parts.join(', ');
}

function openingDays(schedule: Schedule): string {
  return schedule.kind === 'irregular'
    ? 'No fixed weekdays: the days are announced month by month'
    : weekdays(schedule.weekdays);
}

function openingHours(schedule: Schedule): string {
  const base = hours(schedule.opens, schedule.closes);
  const exceptions = schedule.hoursByWeekday.map(
    (each) => `${WEEKDAY_EN[each.weekday]} ${hours(each.opens, each.closes)}`,
  );
  return exceptions.length > 0 ? `${base} (${exceptions.join(', ')})` : base;
}

function closures(schedule: Schedule, period: YearEndPeriod = DEFAULT_YEAR_END): string {
  if (schedule.kind === 'irregular') return '';
  const closed = [
    schedule.closedOnHolidays ? 'national holidays' : '',
    schedule.overYearEnd === 'closed' ? yearEnd(period) : '',
  ].filter(Boolean);
  const sentences = [
    closed.length > 0 ? `closed on ${closed.join(' and ')}` : '',
    schedule.overYearEnd === 'unconfirmed' ? `ask the hub whether it opens over ${yearEnd(period)}` : '',
  ].filter(Boolean);
  return sentences.join('; ');
}

export const EN: ScheduleWords = {
  locale: 'en',
  hours,
  day,
  month,
  weekdayShort: (weekday) => WEEKDAY_EN[weekday].slice(0, 3),
  weekdayFull: (weekday) => WEEKDAY_EN[weekday],
  openingDays,
  openingHours,
  closures,
  summary: (schedule, period) => {
    const rest = closures(schedule, period);
    return `${openingDays(schedule)}, ${openingHours(schedule)}${rest ? `; ${rest}` : ''}`;
  },
  status: {
    openNow: (range) => `Open now (today ${range}).`,
    opensLaterToday: (range) => `Not open yet. Open today ${range}.`,
    nextOpening: (when, range) => `Closed now. Next open ${when}, ${range}.`,
    yearEndAsk: (when) =>
      when
        ? `Closed now. From ${when}, please ask the hub whether it opens over the New Year holidays.`
        : 'Today is in the New Year holidays. Please ask the hub whether it is open.',
    noneKnown: 'The next opening day is not decided yet. Please contact the hub.',
    seeNotice: (label) => `The opening days are in the hub’s notice on this page (${label}).`,
    outOfDate: 'The opening days on this page may be out of date. Please call the hub before you go',
    phone: 'phone',
    today: 'today',
    todayHours: (range) => `Today ${range}`,
    openToday: {
      before: 'Open today (',
      after: ')',
      none: 'No hub is open today. Each hub’s page below says when it opens next.',
    },
  },
  cell: {
    open: 'Open',
    special: 'Special opening',
    closed: 'Closed',
    holiday: 'Holiday',
    yearEnd: 'New Year',
    ask: 'Ask the hub',
    closure: 'Closed',
    notAnnounced: 'Not decided',
    today: 'Today',
    caption: (value) => `Opening days, ${month(value)}`,
  },
};
