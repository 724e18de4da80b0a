import { WEEKDAY_JA, weekdayNameJa } from '../../schema/weekdays';
import {
  closuresJa,
  dayJa,
  hoursJa,
  monthJa,
  openingDaysJa,
  openingHoursJa,
  scheduleSummaryJa,
} from '../schedule/japaneseText';
import type { ScheduleWords } from './words';

/** The Japanese site's words: the engine's own (src/lib/schedule/japaneseText.ts). */
export const JA: ScheduleWords = {
  locale: 'ja',
  hours: hoursJa,
  day: dayJa,
  month: monthJa,
  weekdayShort: (day) => WEEKDAY_JA[day],
  weekdayFull: weekdayNameJa,
  openingDays: openingDaysJa,
  openingHours: openingHoursJa,
  closures: closuresJa,
  summary: scheduleSummaryJa,
  status: {
    openNow: (hours) => `いま開いています(本日は${hours})。`,
    opensLaterToday: (hours) => `いまは開所時間外です。本日は${hours}に開きます。`,
    nextOpening: (day, hours) => `いまは閉まっています。次の開所は${day} ${hours}です。`,
    yearEndAsk: (day) =>
      day
        ? `いまは閉まっています。${day}からの年末年始の開所は拠点にお問い合わせください。`
        : '本日は年末年始です。年末年始の開所は拠点にお問い合わせください。',
    noneKnown: '次の開所日はまだ決まっていません。拠点にお問い合わせください。',
    seeNotice: (label) => `運営日は、このページの「${label}」のお知らせでご確認ください。`,
    outOfDate: 'このページの開所日は古くなっている可能性があります。お出かけの前に、拠点にお電話でお確かめください',
    phone: '電話',
    today: '本日',
    todayHours: (hours) => `本日 ${hours}`,
    openToday: {
      before: '今日(',
      after: ')開いている拠点',
      none: '今日開いている拠点はありません。次に開く日は、下の「この1週間の開所日」や各拠点のページでご確認ください。',
    },
  },
  cell: {
    open: '開所',
    special: '特別開所',
    closed: '休み',
    holiday: '祝日',
    yearEnd: '年末年始',
    ask: '要問合せ',
    closure: '臨時休業',
    notAnnounced: '未定',
    today: '今日',
    caption: (month) => `${monthJa(month)}の開所日`,
  },
};
