import type { PlainDate } from '../../schema/primitives';
import { addDays } from './tokyoCalendar';
import type { OpenDay } from './types';

/**
 * Upcoming open days, compact enough to ride on a data attribute of the status element,
 * so the browser can keep "open now?" true after the build (see statusRefresh.ts).
 * Plain text, so nothing needs escaping in HTML: `usual hours;last day;month:days;month:days…`,
 * e.g. `09:00-16:00;2027-02-26;2026-11:26,27,30=13:00-15:00;2026-12:01,29?`. Hours follow a day
 * only when they differ from the usual; `?` marks a day residents must ask the hub about
 * (an unconfirmed year end); after the last day the build-time text is kept.
 */
export interface OpenDaysData {
  days: OpenDay[];
  /** Days neither open nor closed on the page: the status asks the reader to check with the hub. */
  unconfirmed: PlainDate[];
  until: PlainDate;
}

const hoursOf = (day: Pick<OpenDay, 'opens' | 'closes'>) => `${day.opens}-${day.closes}`;

export function encodeOpenDays(
  days: readonly OpenDay[],
  from: PlainDate,
  until: PlainDate,
  unconfirmed: readonly PlainDate[] = [],
): string {
  const upcoming = days.filter((day) => day.date >= from && day.date <= until);
  const counts = new Map<string, number>();
  for (const day of upcoming) counts.set(hoursOf(day), (counts.get(hoursOf(day)) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const items: [PlainDate, string][] = [
    ...upcoming.map((day): [PlainDate, string] => [day.date, hoursOf(day) === usual ? '' : `=${hoursOf(day)}`]),
    ...unconfirmed.filter((date) => date >= from && date <= until).map((date): [PlainDate, string] => [date, '?']),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  // A plain loop, not Map.groupBy: the CMS preview runs this in staff browsers that may be older.
  const months = new Map<string, string[]>();
  for (const [date, suffix] of items) {
    const group = months.get(date.slice(0, 7)) ?? [];
    group.push(date.slice(8) + suffix);
    months.set(date.slice(0, 7), group);
  }
  return [usual, until, ...[...months].map(([month, group]) => `${month}:${group.join(',')}`)].join(';');
}

const HOURS = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_GROUP = /^(\d{4}-\d{2}):(.+)$/;
const DAY = /^(\d{2})(?:=(\d{2}:\d{2})-(\d{2}:\d{2}))?$/;
const UNCONFIRMED_DAY = /^(\d{2})\?$/;

/** Undefined when the attribute is missing or not what encodeOpenDays writes. */
export function decodeOpenDays(text: string | null | undefined): OpenDaysData | undefined {
  if (!text) return undefined;
  const [h = '', until = '', ...groups] = text.split(';');
  const usual = HOURS.exec(h);
  if (!DATE.test(until) || (!usual && h !== '')) return undefined;
  const days: OpenDay[] = [];
  const unconfirmed: PlainDate[] = [];
  for (const group of groups) {
    const month = MONTH_GROUP.exec(group);
    if (!month?.[1] || !month[2]) return undefined;
    for (const item of month[2].split(',')) {
      const ask = UNCONFIRMED_DAY.exec(item);
      if (ask) {
        unconfirmed.push(`${month[1]}-${ask[1]}`);
        continue;
      }
      const match = DAY.exec(item);
      const opens = match?.[2] ?? usual?.[1];
      const closes = match?.[3] ?? usual?.[2];
      if (!match?.[1] || !opens || !closes) return undefined;
      days.push({ date: `${month[1]}-${match[1]}`, opens, closes });
    }
  }
  return { days, unconfirmed, until };
}

/** How far ahead the page carries open days: a page is rebuilt daily, this covers long gaps. */
export const STATUS_DAYS_AHEAD = 92;

/** The data-open-days value for a hub's status element, as built on `today`. */
export function statusOpenDays(
  days: readonly OpenDay[],
  today: PlainDate,
  unconfirmed: readonly PlainDate[] = [],
): string {
  return encodeOpenDays(days, today, addDays(today, STATUS_DAYS_AHEAD), unconfirmed);
}
