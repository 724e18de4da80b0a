import { z } from 'astro/zod';

/** A calendar day in Asia/Tokyo, always as 'YYYY-MM-DD'. */
export type PlainDate = string;
/** A wall-clock time in Asia/Tokyo, always as 'HH:MM'. */
export type ClockTime = string;

export { WEEKDAY_JA, WEEKDAYS, type Weekday } from './weekdays';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const PHONE_PATTERN = /^0\d{1,4}-\d{1,4}-\d{3,4}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when 'YYYY-MM-DD' names a day that exists (rejects 2026-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A date as staff or Decap write it. YAML parsers may hand us a Date at UTC midnight
 * (Astro's js-yaml default) or the plain string; both normalise to 'YYYY-MM-DD'.
 */
export const plainDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: '日付を「2026-04-01」の形で入力してください。' })
    .refine(isRealDate, { error: '存在する日付を「2026-04-01」の形で入力してください。' }),
);

export const clockTime = z
  .string({ error: '時刻を「10:00」の形で入力してください。' })
  .regex(TIME_PATTERN, { error: '時刻は「09:30」のように24時間制の2桁:2桁で入力してください。' });

export const phoneNumber = z
  .string({ error: '電話番号を入力してください。' })
  .regex(PHONE_PATTERN, { error: '電話番号は「0798-35-3187」のように市外局番からハイフン区切りで入力してください。' })
  .refine(
    (value) => {
      const digits = value.replace(/-/g, '').length;
      // Landlines have 10 digits; only 050/070/080/090 numbers have 11.
      return digits === 10 || (digits === 11 && /^0[5789]0-/.test(value));
    },
    { error: '電話番号の桁数が正しくありません(固定電話は10桁、携帯電話は11桁です)。' },
  );

export const slug = z
  .string({ error: 'URL用の名前を入力してください。' })
  .regex(SLUG_PATTERN, {
    error: 'URL用の名前は半角英小文字・数字・ハイフンだけで入力してください(例: machi-cafe-nagomi)。',
  })
  .max(60, { error: 'URL用の名前は60文字以内にしてください。' });

export const yearMonth = z
  .string({ error: '対象の月を「2026-12」の形で入力してください。' })
  .regex(MONTH_PATTERN, { error: '対象の月は「2026-12」のように年-月で入力してください。' });

export const monthDay = z
  .string()
  .regex(MONTH_DAY_PATTERN, { error: '月日は「12-29」のように月-日で入力してください。' });

/** Single-line text with a sane maximum, so a pasted document cannot bloat every page. */
export function line(label: string, max = 200) {
  return z
    .string({ error: `${label}を入力してください。` })
    .trim()
    .min(1, { error: `${label}を入力してください。` })
    .max(max, { error: `${label}は${max}文字以内にしてください。` });
}

export function paragraph(label: string, max = 2000) {
  return z
    .string({ error: `${label}は文章で入力してください。` })
    .trim()
    .max(max, { error: `${label}は${max}文字以内にしてください。` });
}
