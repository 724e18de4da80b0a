import type { PlainDate } from '../../schema/primitives';

/** A day listed in a month's calendar (an operating day), with anything else it carries. */
interface Dated {
  date: PlainDate;
}

/** Adds the day if it is not listed, removes it if it is; the list stays in date order. */
export function toggleDay<Day extends Dated>(days: readonly Day[], date: PlainDate, added: () => Day): Day[] {
  const kept = days.filter((day) => day.date !== date);
  if (kept.length === days.length) kept.push(added());
  return kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
