import type { PlainDate } from '../../schema/primitives';
import { addDays } from '../schedule/tokyoCalendar';
import type { DayStatus, OpenDay } from '../schedule/types';
import type { SiteHub } from './site';

/** The days of the home page's "this week" view: today and the six days after. */
export const WEEK_DAYS = 7;

export interface OpenToday {
  view: SiteHub;
  day: OpenDay;
}

/** The hubs open on `today`, in the site's order, each with its hours that day. */
export function openOn(hubs: readonly SiteHub[], today: PlainDate): OpenToday[] {
  return hubs.flatMap((view) => {
    const day = view.openDays.find((candidate) => candidate.date === today);
    return day ? [{ view, day }] : [];
  });
}

export function weekFrom(today: PlainDate): PlainDate[] {
  return Array.from({ length: WEEK_DAYS }, (_, index) => addDays(today, index));
}

/**
 * A hub's status on each of `dates`, from the engine's month calendars on its page (this month
 * and next, which always hold a week from today), so the overview and the hub page agree.
 */
export function statusesOn(view: SiteHub, dates: readonly PlainDate[]): DayStatus[] {
  const byDate = new Map<PlainDate, DayStatus>();
  for (const grid of view.calendars) {
    for (const week of grid.weeks) for (const day of week) if (day) byDate.set(day.date, day);
  }
  return dates.map((date) => {
    const status = byDate.get(date);
    if (!status) throw new Error(`${view.hub.slug}: ${date} is not on the hub's calendars`);
    return status;
  });
}

/** True when some hub's year end leaves one of `dates` neither open nor closed (要問合せ). */
export function anyUnconfirmedOn(hubs: readonly SiteHub[], dates: readonly PlainDate[]): boolean {
  return hubs.some((view) => view.unconfirmedDays.some((date) => dates.includes(date)));
}

export interface OpenCount {
  date: PlainDate;
  /** Hubs open that day. */
  open: number;
}

/** How many hubs open on each of `dates`, and on at least one of them: the home page's answer at scale. */
export function openCounts(hubs: readonly SiteHub[], dates: readonly PlainDate[]): { days: OpenCount[]; any: number } {
  const open = new Map<PlainDate, number>(dates.map((date) => [date, 0]));
  let any = 0;
  for (const view of hubs) {
    let opens = false;
    for (const day of view.openDays) {
      const count = open.get(day.date);
      if (count === undefined) continue;
      open.set(day.date, count + 1);
      opens = true;
    }
    if (opens) any += 1;
  }
  return { days: dates.map((date) => ({ date, open: open.get(date) ?? 0 })), any };
}
