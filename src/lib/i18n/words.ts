import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';
import type { Weekday } from '../../schema/weekdays';
import type { YearEndPeriod } from '../schedule/types';
import type { Locale } from './locales';

/**
 * Everything the schedule engine says in words, in one language. The same days and times go in;
 * only the wording differs, so the versions of a page can never disagree about when a hub opens.
 * Implemented per language in ./ja.ts, ./en.ts and ./easy.ts; no holiday table here, so the
 * reader's browser may use it. Easy Japanese carries ふりがな as `{漢字|かんじ}` (./ruby.ts).
 */
export interface ScheduleWords {
  locale: Locale;
  hours(opens: ClockTime, closes: ClockTime): string;
  /** A date with its weekday: '11月25日(水)', 'Wed 25 Nov'. */
  day(date: PlainDate): string;
  /** '2026-11' → '2026年11月', 'November 2026'. */
  month(month: string): string;
  weekdayShort(day: Weekday): string;
  weekdayFull(day: Weekday): string;
  /** The days a hub opens: '月曜〜土曜', 'Monday to Saturday'. */
  openingDays(schedule: Schedule): string;
  /** The usual hours with per-weekday exceptions. */
  openingHours(schedule: Schedule): string;
  /** The closures the hub keeps (holidays, the year end), or '' when none. */
  closures(schedule: Schedule, yearEnd: YearEndPeriod): string;
  /** The whole schedule in one line. */
  summary(schedule: Schedule, yearEnd: YearEndPeriod): string;
  status: StatusWords;
  cell: CellWords;
}

/** The "open now?" sentences (src/lib/schedule/openingStatus.ts picks one). */
export interface StatusWords {
  openNow(hours: string): string;
  opensLaterToday(hours: string): string;
  nextOpening(day: string, hours: string): string;
  /** `day` is undefined when it is today. */
  yearEndAsk(day: string | undefined): string;
  noneKnown: string;
  /** The hub announces its days in a notice on the page (`label`, e.g. 「12月の運営日」). */
  seeNotice(label: string): string;
  /** Past the days the page carries: the page may be old. Followed by the phone number. */
  outOfDate: string;
  phone: string;
  /** Today, where a day would go ('本日'). */
  today: string;
  /** A hub's hours today, in the list of hubs open today: '本日 10時〜16時'. */
  todayHours(hours: string): string;
  /** The list of hubs open today: its heading around the date, and what it says when none is. */
  openToday: { before: string; after: string; none: string };
}

/** What a month calendar's cell says, always in words beside its colour. */
export interface CellWords {
  open: string;
  special: string;
  closed: string;
  holiday: string;
  yearEnd: string;
  ask: string;
  closure: string;
  notAnnounced: string;
  today: string;
  /** The table's caption. */
  caption(month: string): string;
}
