/**
 * Weekday order and names, defined here once, with no zod import, so browser code
 * (statusRefresh.ts) can use them cheaply.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_JA: Record<Weekday, string> = {
  mon: '月',
  tue: '火',
  wed: '水',
  thu: '木',
  fri: '金',
  sat: '土',
  sun: '日',
};

/** English names, as schema.org's DayOfWeek spells them. */
export const WEEKDAY_EN: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** 'mon' → '月曜': the short name schedules are written with ('月曜〜金曜'). */
export function weekdayShortNameJa(day: Weekday): string {
  return `${WEEKDAY_JA[day]}曜`;
}

/** 'mon' → '月曜日': the full name used by filters and form options. */
export function weekdayNameJa(day: Weekday): string {
  return `${weekdayShortNameJa(day)}日`;
}

/** Weekdays in week order, grouped into runs of consecutive days: [mon,tue,wed,fri] → [[mon,tue,wed],[fri]]. */
export function weekdayRuns(weekdays: readonly Weekday[]): Weekday[][] {
  const runs: Weekday[][] = [];
  for (const day of WEEKDAYS.filter((each) => weekdays.includes(each))) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && WEEKDAYS.indexOf(previous) === WEEKDAYS.indexOf(day) - 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}
