/** Weekday names with no zod import, so browser code (statusRefresh.ts) can use them cheaply. */
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

/** 'mon' → '月曜日': the full name used by filters and form options. */
export function weekdayNameJa(day: Weekday): string {
  return `${WEEKDAY_JA[day]}曜日`;
}
