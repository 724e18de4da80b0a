import { z } from 'astro/zod';
import { clockTime, line, MONTH_PATTERN, plainDate, SLUG_PATTERN, yearMonth } from './primitives';

const optionalHours = {
  opens: clockTime.optional().meta({ label: '開所時刻', hint: '空欄ならふだんの時間です。', widget: 'time' }),
  closes: clockTime.optional().meta({ label: '閉所時刻', hint: '空欄ならふだんの時間です。', widget: 'time' }),
};

function hoursInOrder(day: { opens?: string | undefined; closes?: string | undefined }) {
  return !day.opens || !day.closes || day.opens < day.closes;
}
const HOURS_ORDER = { error: '閉所時刻は開所時刻より後にしてください。', path: ['closes'] };

export const operatingDaySchema = z
  .strictObject({
    date: plainDate.meta({ label: '日付', widget: 'date' }),
    ...optionalHours,
    note: line('メモ', 100).optional().meta({ label: 'メモ', hint: '例: 午後は体操があります' }),
  })
  .refine(hoursInOrder, HOURS_ORDER)
  .meta({ label: '運営日' });

export const closureSchema = z
  .strictObject({
    date: plainDate.meta({ label: '日付', widget: 'date' }),
    reason: line('休みの理由', 100).meta({ label: '休みの理由', hint: '例: 設備点検のため' }),
  })
  .meta({ label: '臨時休業' });

export const specialOpeningSchema = z
  .strictObject({
    date: plainDate.meta({ label: '日付', widget: 'date' }),
    ...optionalHours,
    note: line('メモ', 100).optional().meta({ label: 'メモ', hint: '例: 祝日ですが特別に開きます' }),
  })
  .refine(hoursInOrder, HOURS_ORDER)
  .meta({ label: '特別開所' });

/** Where a month's 運営日のお知らせ is kept in content/ and served on the site, e.g. /documents/x.pdf. */
export const DAYS_DOCUMENT_FOLDER = 'documents';
export const DAYS_DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
} as const;
const DAYS_DOCUMENT_PATTERN = new RegExp(
  `^/${DAYS_DOCUMENT_FOLDER}/[a-z0-9][a-z0-9_-]{0,80}\\.(${Object.keys(DAYS_DOCUMENT_TYPES).join('|')})$`,
);

const dayLists = {
  openDays: z.array(operatingDaySchema).default([]).meta({
    label: '運営日(曜日固定なしの拠点)',
    hint: '曜日固定なしの拠点だけ、その月に開く日をカレンダーで押して選びます。もう一度押すと外れます。',
    widget: 'openDays',
  }),
  closures: z.array(closureSchema).default([]).meta({ label: '臨時休業' }),
  specialOpenings: z
    .array(specialOpeningSchema)
    .default([])
    .meta({ label: '特別開所', hint: 'ふだん休みの日(祝日など)に開く日を追加します。' }),
};
const DAY_LISTS = ['openDays', 'closures', 'specialOpenings'] as const;

export const operatingMonthSchema = z
  .strictObject({
    // A reference to a hub, picked from a list: its messages speak of the hub, not of URL names.
    hub: z
      .string({ error: '拠点を選んでください。' })
      .regex(SLUG_PATTERN, { error: '拠点は一覧から選んでください。' })
      .meta({ label: '拠点', widget: 'hub' }),
    month: yearMonth.meta({ label: '対象の月' }),
    ...dayLists,
    daysDocument: z
      .string({ error: '運営日のお知らせは、「ファイルを選ぶ」から添付してください。' })
      .regex(DAYS_DOCUMENT_PATTERN, {
        error: '運営日のお知らせには、PDF か画像(PNG・JPEG・WebP)のファイルを「ファイルを選ぶ」から添付してください。',
      })
      .optional()
      .meta({
        label: '運営日のお知らせ(PDF・画像)',
        hint: 'この月の運営日をお知らせする PDF や画像を添付できます。拠点のページに「1月の運営日(PDF:120KB)」のようなリンクで載ります。運営日を上で選ばなくてもかまいません。',
        widget: 'file',
      }),
    // Set by the CMS on each save that changes the month (admin/updatedDate.ts): the hub's feed
    // and page take the latest of the hub's and its calendars' dates.
    updated: plainDate.optional().meta({ label: '更新日', widget: 'date', savedDate: true }),
  })
  .superRefine((entry, ctx) => {
    // A month that is itself wrong is reported once, not again on every day.
    if (!MONTH_PATTERN.test(entry.month)) return;
    const seen = new Map<string, string>();
    for (const list of DAY_LISTS) {
      entry[list].forEach((day, index) => {
        if (!day.date.startsWith(`${entry.month}-`)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'date'],
            message: `${day.date} は対象の月(${entry.month})の日付ではありません。対象の月の日付にしてください。`,
          });
        }
        const earlier = seen.get(day.date);
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'date'],
            message: `${day.date} は${earlier}にも登録されています。1回にしてください。`,
          });
        } else {
          seen.set(day.date, `「${dayLists[list].meta()?.label}」の${index + 1}件目`);
        }
      });
    }
  })
  .meta({ label: '月ごとの運営カレンダー' });

export type OperatingMonth = z.output<typeof operatingMonthSchema>;
export type OperatingDayEntry = z.output<typeof operatingDaySchema>;
