import type { ClockTime, PlainDate } from '../schema/primitives';
import type { OpenDay } from './schedule';
import { addDays } from './tokyoCalendar';

/**
 * Upcoming open days, compact enough to ride on a data attribute of the status element,
 * so the browser can keep "open now?" true after the build (see statusRefresh.ts).
 * `h`: the most common hours; `d`: days, with their hours only when they differ;
 * `u`: the last day the data speaks for (after it the build-time text is kept).
 */
export interface OpenDaysData {
  days: OpenDay[];
  until: PlainDate;
}

interface Encoded {
  h: string;
  u: PlainDate;
  d: string[];
}

const hoursOf = (day: Pick<OpenDay, 'opens' | 'closes'>) => `${day.opens}-${day.closes}`;

export function encodeOpenDays(days: readonly OpenDay[], from: PlainDate, until: PlainDate): string {
  const upcoming = days.filter((day) => day.date >= from && day.date <= until);
  const counts = new Map<string, number>();
  for (const day of upcoming) counts.set(hoursOf(day), (counts.get(hoursOf(day)) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const encoded: Encoded = {
    h: usual,
    u: until,
    d: upcoming.map((day) => (hoursOf(day) === usual ? day.date : `${day.date} ${hoursOf(day)}`)),
  };
  return JSON.stringify(encoded);
}

const DAY = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2})-(\d{2}:\d{2}))?$/;
const HOURS = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;

/** Undefined when the attribute is missing or not what encodeOpenDays writes. */
export function decodeOpenDays(json: string | null | undefined): OpenDaysData | undefined {
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { h, u, d } = (value ?? {}) as Partial<Encoded>;
  if (typeof h !== 'string' || typeof u !== 'string' || !Array.isArray(d)) return undefined;
  const usual = HOURS.exec(h);
  const days: OpenDay[] = [];
  for (const item of d) {
    const match = typeof item === 'string' ? DAY.exec(item) : null;
    const opens: ClockTime | undefined = match?.[2] ?? usual?.[1];
    const closes: ClockTime | undefined = match?.[3] ?? usual?.[2];
    if (!match?.[1] || !opens || !closes) return undefined;
    days.push({ date: match[1], opens, closes });
  }
  return { days, until: u };
}

/** How far ahead the page carries open days: a page is rebuilt daily, this covers long gaps. */
export const STATUS_DAYS_AHEAD = 92;

/** The data-open-days value for a hub's status element, as built on `today`. */
export function statusOpenDays(days: readonly OpenDay[], today: PlainDate): string {
  return encodeOpenDays(days, today, addDays(today, STATUS_DAYS_AHEAD));
}
