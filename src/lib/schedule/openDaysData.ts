import type { PlainDate } from '../../schema/primitives';
import { addDays } from './tokyoCalendar';
import type { OpenDay } from './types';

/**
 * Upcoming open days, compact enough to ride on a data attribute of the status element,
 * so the browser can keep "open now?" true after the build (see statusRefresh.ts).
 * Plain text, so nothing needs escaping in HTML: `usual hours;last day;month:days;month:days…`,
 * e.g. `09:00-16:00;2027-02-26;2026-11:26,27,30=13:00-15:00;2026-12:01`. Hours follow a day
 * only when they differ from the usual; after the last day the build-time text is kept.
 */
export interface OpenDaysData {
  days: OpenDay[];
  until: PlainDate;
}

const hoursOf = (day: Pick<OpenDay, 'opens' | 'closes'>) => `${day.opens}-${day.closes}`;

export function encodeOpenDays(days: readonly OpenDay[], from: PlainDate, until: PlainDate): string {
  const upcoming = days.filter((day) => day.date >= from && day.date <= until);
  const counts = new Map<string, number>();
  for (const day of upcoming) counts.set(hoursOf(day), (counts.get(hoursOf(day)) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  // A plain loop, not Map.groupBy: the CMS preview runs this in staff browsers that may be older.
  const months = new Map<string, string[]>();
  for (const day of upcoming) {
    const items = months.get(day.date.slice(0, 7)) ?? [];
    items.push(day.date.slice(8) + (hoursOf(day) === usual ? '' : `=${hoursOf(day)}`));
    months.set(day.date.slice(0, 7), items);
  }
  return [usual, until, ...[...months].map(([month, items]) => `${month}:${items.join(',')}`)].join(';');
}

const HOURS = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_GROUP = /^(\d{4}-\d{2}):(.+)$/;
const DAY = /^(\d{2})(?:=(\d{2}:\d{2})-(\d{2}:\d{2}))?$/;

/** Undefined when the attribute is missing or not what encodeOpenDays writes. */
export function decodeOpenDays(text: string | null | undefined): OpenDaysData | undefined {
  if (!text) return undefined;
  const [h = '', until = '', ...groups] = text.split(';');
  const usual = HOURS.exec(h);
  if (!DATE.test(until) || (!usual && h !== '')) return undefined;
  const days: OpenDay[] = [];
  for (const group of groups) {
    const month = MONTH_GROUP.exec(group);
    if (!month?.[1] || !month[2]) return undefined;
    for (const item of month[2].split(',')) {
      const match = DAY.exec(item);
      const opens = match?.[2] ?? usual?.[1];
      const closes = match?.[3] ?? usual?.[2];
      if (!match?.[1] || !opens || !closes) return undefined;
      days.push({ date: `${month[1]}-${match[1]}`, opens, closes });
    }
  }
  return { days, until };
}

/** How far ahead the page carries open days: a page is rebuilt daily, this covers long gaps. */
export const STATUS_DAYS_AHEAD = 92;

/** The data-open-days value for a hub's status element, as built on `today`. */
export function statusOpenDays(days: readonly OpenDay[], today: PlainDate): string {
  return encodeOpenDays(days, today, addDays(today, STATUS_DAYS_AHEAD));
}
