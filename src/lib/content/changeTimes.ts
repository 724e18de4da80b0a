import type { PlainDate } from '../../schema/primitives';
import { instantAt } from '../schedule/tokyoCalendar';

/**
 * When an entry last changed, from the entry itself: its 更新日 (`updated`, which the CMS sets on
 * every save that changes what the entry says). Never git history or file times, so a shallow
 * clone, a `git archive` export and a copy with fresh file times build the same bytes as a full clone.
 */

/** "Changed on a day nobody recorded": feeds need a DTSTAMP, and this one never moves. */
export const UNKNOWN_CHANGE = new Date(0);

/** The start of the day `updated` names (Asia/Tokyo), never later than the build's instant. */
export function changeInstant(updated: PlainDate | undefined, now: Date): Date {
  if (!updated) return UNKNOWN_CHANGE;
  const instant = instantAt(updated, '00:00');
  return instant.getTime() > now.getTime() ? now : instant;
}

/** The latest of some 更新日 (a hub's and its calendars'), or undefined when none is recorded. */
export function latestDate(dates: readonly (PlainDate | undefined)[]): PlainDate | undefined {
  return dates.reduce<PlainDate | undefined>(
    (latest, date) => (date && (!latest || date > latest) ? date : latest),
    undefined,
  );
}
