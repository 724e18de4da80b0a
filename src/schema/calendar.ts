import { z } from 'astro/zod';
import { clockTime, line, plainDate, slug, yearMonth } from './primitives';

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

export const operatingMonthSchema = z
  .strictObject({
    hub: slug.meta({ label: '拠点', widget: 'hub' }),
    month: yearMonth.meta({ label: '対象の月' }),
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
  })
  .superRefine((entry, ctx) => {
    const seen = new Map<string, string>();
    const lists = ['openDays', 'closures', 'specialOpenings'] as const;
    for (const list of lists) {
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
            message: `${day.date} が2回登録されています(${earlier})。1回にしてください。`,
          });
        } else {
          seen.set(day.date, `${list}[${index}]`);
        }
      });
    }
  })
  .meta({ label: '月ごとの運営カレンダー' });

export type OperatingMonth = z.output<typeof operatingMonthSchema>;
export type OperatingDayEntry = z.output<typeof operatingDaySchema>;
