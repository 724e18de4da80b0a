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
