import type { PlainDate } from '../../schema/primitives';
import { JA } from '../i18n/ja';
import type { ScheduleWords } from '../i18n/words';
import { instantAt, tokyoDateOf } from './tokyoCalendar';
import type { OpenDay } from './types';

export interface OpeningStatus {
  open: boolean;
  text: string;
}

/**
 * "Open now?" in words for one instant. Runs at build time and again in the reader's
 * browser (the page embeds its open days), so both always say the same thing.
 */
export function openingStatus(
  days: readonly OpenDay[],
  now: Date,
  {
    unconfirmed = [],
    words = JA,
    noneKnown = words.status.noneKnown,
  }: {
    /** The language it is said in (src/lib/i18n): Japanese unless told. */
    words?: ScheduleWords;
    /** Days the hub has not confirmed (an unknown year end): never called open or closed. */
    unconfirmed?: readonly PlainDate[];
    /** What to say when no open day is known (the page may point to an attached notice). */
    noneKnown?: string;
  } = {},
): OpeningStatus {
  const today = tokyoDateOf(now);
  if (isOpenAt(days, now)) {
    const day = days.find((candidate) => candidate.date === today) as OpenDay;
    return { open: true, text: words.status.openNow(words.hours(day.opens, day.closes)) };
  }
  const next = nextOpening(days, now);
  const ask = unconfirmed.find((date) => date >= today);
  if (ask && (!next || ask < next.date)) {
    return { open: false, text: words.status.yearEndAsk(ask === today ? undefined : words.day(ask)) };
  }
  if (!next) return { open: false, text: noneKnown };
  const hours = words.hours(next.opens, next.closes);
  const before = next.date === today && now < instantAt(next.date, next.opens);
  if (before) return { open: false, text: words.status.opensLaterToday(hours) };
  const when = next.date === today ? words.status.today : words.day(next.date);
  return { open: false, text: words.status.nextOpening(when, hours) };
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
