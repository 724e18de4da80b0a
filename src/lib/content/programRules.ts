import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import { weekdayShortNameJa } from '../../schema/weekdays';
import { daysInMonth, minutesBetween, weekdayOf } from '../schedule/tokyoCalendar';
import { DEFAULT_YEAR_END, type YearEndPeriod } from '../schedule/types';
import { needlessCalendarDays } from './calendarDayRules';
import type { Entry } from './types';

/** A program rule that content breaks: reported to staff, never a build failure. */
export interface ContentWarning {
  file: string;
  message: string;
}

export const MIN_DAYS_PER_WEEK = 3;
export const MIN_HOURS_PER_DAY = 6;

function shortDays(hub: Hub): string[] {
  const { schedule } = hub;
  const spans = [
    { label: 'ふだん', opens: schedule.opens, closes: schedule.closes },
    ...schedule.hoursByWeekday.map((hours) => ({ label: weekdayShortNameJa(hours.weekday), ...hours })),
  ];
  return spans
    .filter((span) => minutesBetween(span.opens, span.closes) < MIN_HOURS_PER_DAY * 60)
    .map((span) => `${span.label}は${span.opens}〜${span.closes}`);
}

/** Full Monday-to-Sunday weeks inside an announced month with fewer than 3 listed days. */
function thinWeeks(month: OperatingMonth): string[] {
  const listed = new Set(month.openDays.map((day) => day.date));
  // One pass over the month's dates (thousands of month files at scale): a full week starts on a
  // Monday with its Sunday still inside the month.
  const dates = daysInMonth(month.month);
  const weeks: string[] = [];
  for (let start = 0; start + 7 <= dates.length; start++) {
    const monday = dates[start] as string;
    if (weekdayOf(monday) !== 'mon') continue;
    const count = dates.slice(start, start + 7).filter((date) => listed.has(date)).length;
    if (count < MIN_DAYS_PER_WEEK) weeks.push(`${monday}の週は${count}日`);
  }
  return weeks;
}

/**
 * Checks the program's requirements (週3日以上, 1日6時間以上, 1地区1か所) and calendar days that
 * change nothing (a 臨時休業 on a closed day, a 特別開所 on an open day). `yearEnd` is the
 * site's year-end period (settings), for hubs that keep no period of their own.
 */
export function contentWarnings(
  hubs: readonly Pick<Entry<Hub>, 'file' | 'data'>[],
  months: readonly Pick<Entry<OperatingMonth>, 'file' | 'data'>[],
  yearEnd: YearEndPeriod = DEFAULT_YEAR_END,
): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const byDistrict = new Map<string, Pick<Entry<Hub>, 'file' | 'data'>>();
  for (const entry of hubs) {
    const hub = entry.data;
    if (hub.schedule.kind === 'weekly' && hub.schedule.weekdays.length < MIN_DAYS_PER_WEEK) {
      warnings.push({
        file: entry.file,
        message: `「${hub.name}」の開所は週${hub.schedule.weekdays.length}日です。制度の要件は週${MIN_DAYS_PER_WEEK}日以上です。`,
      });
    }
    const short = shortDays(hub);
    if (short.length > 0) {
      warnings.push({
        file: entry.file,
        message: `「${hub.name}」の開所時間が${MIN_HOURS_PER_DAY}時間未満です(${short.join('、')})。制度の要件は1日${MIN_HOURS_PER_DAY}時間以上です。`,
      });
    }
    if (hub.district) {
      const other = byDistrict.get(hub.district);
      if (other) {
        warnings.push({
          file: entry.file,
          message: `${hub.district}地区には「${other.data.name}」もあります。交流拠点は1地区1か所が要件です。`,
        });
      } else byDistrict.set(hub.district, entry);
    }
  }
  const bySlug = new Map(hubs.map((entry) => [entry.data.slug, entry.data]));
  for (const entry of months) {
    const hub = bySlug.get(entry.data.hub);
    if (!hub) continue;
    for (const message of needlessCalendarDays(hub, entry.data, yearEnd)) warnings.push({ file: entry.file, message });
    // A month whose days are only in an attached notice has no listed days to count.
    if (hub.schedule.kind !== 'irregular' || entry.data.openDays.length === 0) continue;
    const weeks = thinWeeks(entry.data);
    if (weeks.length > 0) {
      warnings.push({
        file: entry.file,
        message: `「${hub.name}」の${entry.data.month}の運営日は、${weeks.join('、')}です。制度の要件は週${MIN_DAYS_PER_WEEK}日以上です。`,
      });
    }
  }
  return warnings;
}
