import type { PlainDate } from '../../schema/primitives';
import { dayJa, hoursJa } from './japaneseText';
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
    noneKnown = '次の開所日はまだ決まっていません。拠点にお問い合わせください。',
  }: {
    /** Days the hub has not confirmed (an unknown year end): never called open or closed. */
    unconfirmed?: readonly PlainDate[];
    /** What to say when no open day is known (the page may point to an attached notice). */
    noneKnown?: string;
  } = {},
): OpeningStatus {
  const today = tokyoDateOf(now);
  if (isOpenAt(days, now)) {
    const day = days.find((candidate) => candidate.date === today) as OpenDay;
    return { open: true, text: `いま開いています(本日は${hoursJa(day.opens, day.closes)})。` };
  }
  const next = nextOpening(days, now);
  const ask = unconfirmed.find((date) => date >= today);
  if (ask && (!next || ask < next.date)) {
    const text =
      ask === today
        ? '本日は年末年始です。年末年始の開所は拠点にお問い合わせください。'
        : `いまは閉まっています。${dayJa(ask)}からの年末年始の開所は拠点にお問い合わせください。`;
    return { open: false, text };
  }
  if (!next) return { open: false, text: noneKnown };
  const when = next.date === today ? '本日' : dayJa(next.date);
  const before = next.date === today && now < instantAt(next.date, next.opens);
  return {
    open: false,
    text: before
      ? `いまは開所時間外です。本日は${hoursJa(next.opens, next.closes)}に開きます。`
      : `いまは閉まっています。次の開所は${when} ${hoursJa(next.opens, next.closes)}です。`,
  };
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
