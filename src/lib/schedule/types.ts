import type { OperatingMonth } from '../../schema/calendar';
import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';

/** The schedule engine's vocabulary: no holiday table here, so browser code may use it. */

export interface OpenDay {
  date: PlainDate;
  opens: ClockTime;
  closes: ClockTime;
  /** Shown to residents next to the day, e.g. a special opening's reason. */
  note?: string;
  /** Opened outside the usual pattern (特別開所). */
  special?: boolean;
}

/** `yearEndUnconfirmed`: a usual day over the year end at a hub that has not said whether it opens. */
export type ClosedReason = 'holiday' | 'yearEnd' | 'yearEndUnconfirmed' | 'closure' | 'notScheduled' | 'notAnnounced';

export type DayStatus =
  | ({ open: true } & OpenDay)
  | { open: false; date: PlainDate; reason: ClosedReason; label?: string };

export type ClosedDay = Extract<DayStatus, { open: false }>;

export interface YearEndPeriod {
  from: string; // 'MM-DD'
  to: string; // 'MM-DD'
}

export const DEFAULT_YEAR_END: YearEndPeriod = { from: '12-29', to: '01-03' };

/** Everything the engine needs to know about one hub. */
export interface HubCalendarSource {
  schedule: Schedule;
  months: readonly OperatingMonth[];
  yearEnd: YearEndPeriod;
}

export interface DateRange {
  from: PlainDate;
  to: PlainDate;
}
