import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';
import { WEEKDAY_JA, type Weekday, weekdayRuns, weekdayShortNameJa } from '../../schema/weekdays';
import { weekdayOf } from './tokyoCalendar';
import { DEFAULT_YEAR_END, type YearEndPeriod } from './types';

/** '09:30' → '9時半', '10:00' → '10時', '10:15' → '10時15分' */
export function timeJa(time: ClockTime): string {
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  if (minutes === 0) return `${hours}時`;
  if (minutes === 30) return `${hours}時半`;
  return `${hours}時${minutes}分`;
}

export function hoursJa(opens: ClockTime, closes: ClockTime): string {
  return `${timeJa(opens)}〜${timeJa(closes)}`;
}

function eraJa(date: PlainDate): string {
  const year = Number(date.slice(0, 4));
  const [name, eraYear] = date >= '2019-05-01' ? ['令和', year - 2018] : ['平成', year - 1988];
  return `${name}${eraYear === 1 ? '元' : eraYear}年`;
}

/** '2026-11-25' → '2026年(令和8年)11月25日', as the city's pages write dates. */
export function dateWithEraJa(date: PlainDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年(${eraJa(date)})${month}月${day}日`;
}

/** '2026-12-01' → '2026年12月1日現在': the day a printed page speaks for. */
export function asOfJa(date: PlainDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日現在`;
}

/** '2026-11-25' → '11月25日(水)' */
export function dayJa(date: PlainDate): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日(${WEEKDAY_JA[weekdayOf(date)]})`;
}

/** '2026-11' → '2026年11月' */
export function monthJa(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** [mon,tue,wed,thu,fri,sat] → '月曜〜土曜'; [mon,wed,thu,fri,sat] → '月曜・水曜〜土曜' */
export function weekdaysJa(weekdays: readonly Weekday[]): string {
  return weekdayRuns(weekdays)
    .flatMap((run) =>
      run.length >= 3
        ? [`${weekdayShortNameJa(run[0] as Weekday)}〜${weekdayShortNameJa(run.at(-1) as Weekday)}`]
        : run.map(weekdayShortNameJa),
    )
    .join('・');
}

export function monthDayJa(monthDay: string): string {
  return `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3, 5))}日`;
}

/** The year-end period in words: '年末年始' for the usual period, else with its dates. */
function yearEndJa(yearEnd: YearEndPeriod): string {
  const isDefault = yearEnd.from === DEFAULT_YEAR_END.from && yearEnd.to === DEFAULT_YEAR_END.to;
  return isDefault ? '年末年始' : `年末年始(${monthDayJa(yearEnd.from)}〜${monthDayJa(yearEnd.to)})`;
}

/** Said on the page and in the status for a hub that has not told whether it opens over the year end. */
export function yearEndUnconfirmedJa(yearEnd: YearEndPeriod = DEFAULT_YEAR_END): string {
  return `${yearEndJa(yearEnd)}の開所は拠点にお問い合わせください`;
}

/**
 * '(祝日・年末年始休み)' and the like; empty when the hub keeps no such closures. A year end
 * nobody has confirmed is never stated as open: '(祝日休み。年末年始の開所は拠点にお問い合わせください)'.
 */
export function closuresJa(schedule: Schedule, yearEnd: YearEndPeriod = DEFAULT_YEAR_END): string {
  if (schedule.kind === 'irregular') return '';
  const parts: string[] = [];
  if (schedule.closedOnHolidays) parts.push('祝日');
  if (schedule.overYearEnd === 'closed') parts.push(yearEndJa(yearEnd));
  const closed = parts.length > 0 ? `${parts.join('・')}休み` : '';
  const sentences = [closed, schedule.overYearEnd === 'unconfirmed' ? yearEndUnconfirmedJa(yearEnd) : ''];
  const text = sentences.filter(Boolean).join('。');
  return text ? `(${text})` : '';
}

/** The days a hub opens, in words: '月曜〜土曜' or '週4日(曜日固定なし)'. */
export function openingDaysJa(schedule: Schedule): string {
  return schedule.kind === 'irregular' ? (schedule.note ?? '曜日固定なし') : weekdaysJa(schedule.weekdays);
}

/** The usual hours in words, with per-weekday exceptions: '10時〜16時(土曜は10時〜12時)' */
export function openingHoursJa(schedule: Schedule): string {
  const exceptions = schedule.hoursByWeekday.map(
    (hours) => `${weekdayShortNameJa(hours.weekday)}は${hoursJa(hours.opens, hours.closes)}`,
  );
  const base = hoursJa(schedule.opens, schedule.closes);
  return exceptions.length > 0 ? `${base}(${exceptions.join('、')})` : base;
}

/** A whole schedule in one line, e.g. '月曜〜土曜 9時〜16時(祝日・年末年始休み)'. */
export function scheduleSummaryJa(schedule: Schedule, yearEnd: YearEndPeriod = DEFAULT_YEAR_END): string {
  return `${openingDaysJa(schedule)} ${openingHoursJa(schedule)}${closuresJa(schedule, yearEnd)}`;
}
