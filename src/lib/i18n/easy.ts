import type { Schedule } from '../../schema/hub';
import type { ClockTime, PlainDate } from '../../schema/primitives';
import type { Weekday } from '../../schema/weekdays';
import { weekdayRuns } from '../../schema/weekdays';
import { weekdayOf } from '../schedule/tokyoCalendar';
import { DEFAULT_YEAR_END, type YearEndPeriod } from '../schedule/types';
import type { ScheduleWords } from './words';

/**
 * やさしい日本語 (the 2020 guideline of 出入国在留管理庁 and 文化庁): short sentences with one idea
 * each, spaces between phrases, times in ごぜん/ごご, and ふりがな on every kanji (`{漢字|かんじ}`).
 */
const WEEKDAY_EASY: Record<Weekday, [string, string]> = {
  mon: ['月', 'げつ'],
  tue: ['火', 'か'],
  wed: ['水', 'すい'],
  thu: ['木', 'もく'],
  fri: ['金', 'きん'],
  sat: ['土', 'ど'],
  sun: ['日', 'にち'],
};

const weekdayShort = (day: Weekday) => `{${WEEKDAY_EASY[day][0]}|${WEEKDAY_EASY[day][1]}}`;
const weekdayFull = (day: Weekday) => `{${WEEKDAY_EASY[day][0]}曜日|${WEEKDAY_EASY[day][1]}ようび}`;

/** Days of the month whose reading is not 〜にち. */
const DAY_READINGS: Record<number, string> = {
  1: 'ついたち',
  2: 'ふつか',
  3: 'みっか',
  4: 'よっか',
  5: 'いつか',
  6: 'むいか',
  7: 'なのか',
  8: 'ようか',
  9: 'ここのか',
  10: 'とおか',
  14: 'じゅうよっか',
  20: 'はつか',
  24: 'にじゅうよっか',
};

function monthDay(month: number, day: number): string {
  const reading = DAY_READINGS[day];
  return `${month}{月|がつ}${reading ? `{${day}日|${reading}}` : `${day}{日|にち}`}`;
}

/** Minutes are read ふん or ぷん by their last digit. */
function minutes(value: number): string {
  return `${value}${[0, 1, 3, 4, 6, 8].includes(value % 10) ? 'ぷん' : 'ふん'}`;
}

/** '09:30' → 'ごぜん9じ30ぷん', '12:00' → 'ひる12じ', '16:00' → 'ごご4じ' */
function time(value: ClockTime): string {
  const hour = Number(value.slice(0, 2));
  const minute = Number(value.slice(3, 5));
  const rest = minute === 0 ? '' : minutes(minute);
  if (hour === 12 && minute === 0) return 'ひる12じ';
  return hour < 12 ? `ごぜん${hour}じ${rest}` : `ごご${hour - 12}じ${rest}`;
}

const month = (value: string) => `${value.slice(0, 4)}{年|ねん}${Number(value.slice(5, 7))}{月|がつ}`;

const hours = (opens: ClockTime, closes: ClockTime) => `${time(opens)} から ${time(closes)} まで`;

function day(date: PlainDate): string {
  return `${monthDay(Number(date.slice(5, 7)), Number(date.slice(8, 10)))}(${weekdayFull(weekdayOf(date))})`;
}

function yearEnd(period: YearEndPeriod): string {
  const from = monthDay(Number(period.from.slice(0, 2)), Number(period.from.slice(3, 5)));
  const to = monthDay(Number(period.to.slice(0, 2)), Number(period.to.slice(3, 5)));
  return `{年末年始|ねんまつねんし}(${from}から ${to}まで)`;
}

function openingDays(schedule: Schedule): string {
  if (schedule.kind === 'irregular')
    return '{曜日|ようび}は きまっていません。あく{日|ひ}は {毎月|まいつき} おしらせします';
  return weekdayRuns(schedule.weekdays)
    .map((run) =>
      run.length >= 3
        ? `${weekdayFull(run[0] as Weekday)}から ${weekdayFull(run.at(-1) as Weekday)}まで`
        : run.map(weekdayFull).join('、'),
    )
    .join('、');
}

function openingHours(schedule: Schedule): string {
  const exceptions = schedule.hoursByWeekday.map(
    (each) => `${weekdayFull(each.weekday)}は ${hours(each.opens, each.closes)}`,
  );
  const base = hours(schedule.opens, schedule.closes);
  return exceptions.length > 0 ? `${base}(${exceptions.join('、')})` : base;
}

function closures(schedule: Schedule, period: YearEndPeriod = DEFAULT_YEAR_END): string {
  if (schedule.kind === 'irregular') return '';
  const closed = [
    schedule.closedOnHolidays ? '{祝日|しゅくじつ}' : '',
    schedule.overYearEnd === 'closed' ? yearEnd(period) : '',
  ].filter(Boolean);
  return [
    closed.length > 0 ? `${closed.join('と ')}は {休|やす}みです` : '',
    schedule.overYearEnd === 'unconfirmed' ? `${yearEnd(period)}に あいているかは、{電話|でんわ}で きいてください` : '',
  ]
    .filter(Boolean)
    .join('。');
}

const ASK = 'あいているかは、{電話|でんわ}で きいてください。';

export const EASY: ScheduleWords = {
  locale: 'easy',
  hours,
  day,
  month,
  weekdayShort,
  weekdayFull,
  openingDays,
  openingHours,
  closures,
  summary: (schedule, period) => {
    const rest = closures(schedule, period);
    const open = schedule.kind === 'irregular' ? `${openingDays(schedule)}。` : `${openingDays(schedule)}、`;
    return `${open}${openingHours(schedule)} あいています${rest ? `。${rest}` : ''}`;
  },
  status: {
    openNow: (range) => `いま あいています(きょうは ${range})。`,
    opensLaterToday: (range) => `いまは しまっています。きょうは ${range} あいています。`,
    nextOpening: (when, range) => `いまは しまっています。つぎに あくのは ${when} ${range}です。`,
    yearEndAsk: (when) =>
      when
        ? `いまは しまっています。${when}からは {年末年始|ねんまつねんし}です。${ASK}`
        : `きょうは {年末年始|ねんまつねんし}です。${ASK}`,
    noneKnown: 'つぎに あく{日|ひ}は まだ きまっていません。{電話|でんわ}で きいてください。',
    seeNotice: (label) => `あく{日|ひ}は、このページの おしらせ(${label})を みてください。`,
    outOfDate: 'このページの あく{日|ひ}は ふるいかもしれません。でかける まえに、{電話|でんわ}で きいてください',
    phone: '{電話|でんわ}',
    today: 'きょう',
    todayHours: (range) => `きょう ${range}`,
    openToday: {
      before: 'きょう(',
      after: ') あいている {場所|ばしょ}',
      none: 'きょう あいている {場所|ばしょ}は ありません。つぎに あく {日|ひ}は、{下|した}の それぞれの ページを みてください。',
    },
  },
  cell: {
    open: 'あく',
    special: 'とくべつに あく',
    closed: '{休|やす}み',
    holiday: '{祝日|しゅくじつ}',
    yearEnd: '{年末年始|ねんまつねんし}',
    ask: 'きいてください',
    closure: '{休|やす}み',
    notAnnounced: 'きまっていない',
    today: 'きょう',
    caption: (value) => `${month(value)}に あく{日|ひ}`,
  },
};
