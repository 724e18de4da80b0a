import { z } from 'astro/zod';
import {
  normaliseDate,
  normaliseDecimal,
  normaliseMonth,
  normaliseMonthDay,
  normalisePhone,
  normaliseTime,
  whenText,
} from '../lib/content/typedValues';

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

/*
 * Each value staff type goes through the same normaliser as in the CMS widget (full-width
 * digits, 1600 for 16:00, 2027年1月20日), so whatever the form accepts the build accepts.
 */

/**
 * A date as staff or Decap write it. YAML parsers may hand us a Date at UTC midnight
 * (Astro's js-yaml default) or the plain string; both normalise to 'YYYY-MM-DD'.
 */
export const plainDate = z
  .preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : whenText(normaliseDate)(value),
    z
      .string({ error: '日付を「2027-01-20」の形で入力してください。' })
      .refine(isRealDate, { error: '存在する日付を「2027-01-20」の形で入力してください。' }),
  )
  .meta({ widget: 'date' });

export const clockTime = z
  .preprocess(
    whenText(normaliseTime),
    z
      .string({ error: '時刻を「16:00」の形で入力してください。' })
      .regex(TIME_PATTERN, { error: '時刻は「16:00」のように24時間制で入力してください。' }),
  )
  .meta({ widget: 'time' });

/** Mobile (090・080・070), IP (050) and 0800 numbers have 11 digits; every other number has 10. */
const ELEVEN_DIGITS = /^(0[5789]0|0800)-/;

function phoneDigitsProblem(value: string): string | undefined {
  const digits = value.replace(/-/g, '').length;
  const expected = ELEVEN_DIGITS.test(value) ? 11 : 10;
  if (digits === expected) return undefined;
  return expected === 11
    ? `電話番号の数字が${digits}桁です。${value.slice(0, value.indexOf('-'))}で始まる番号は11桁です。`
    : `電話番号の数字が${digits}桁です。固定電話の番号は市外局番から数えて10桁です(例: 0798-20-2333)。`;
}

export const phoneNumber = z
  .preprocess(
    whenText(normalisePhone),
    z
      .string({ error: '電話番号を入力してください。' })
      .regex(PHONE_PATTERN, {
        error: '電話番号は「0798-35-3187」のように市外局番からハイフン区切りで入力してください。',
      })
      .superRefine((value, ctx) => {
        const problem = phoneDigitsProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  )
  .meta({ widget: 'phone' });

export const slug = z
  .string({ error: 'URL用の名前を入力してください。' })
  .regex(SLUG_PATTERN, {
    error: 'URL用の名前は半角英小文字・数字・ハイフンだけで入力してください(例: machi-cafe-nagomi)。',
  })
  .max(60, { error: 'URL用の名前は60文字以内にしてください。' });

export const yearMonth = z
  .preprocess(
    whenText(normaliseMonth),
    z
      .string({ error: '対象の月を選んでください。' })
      .regex(MONTH_PATTERN, { error: '対象の月は「2027-01」のように年-月で入力してください。' }),
  )
  .meta({ widget: 'month' });

export const monthDay = z
  .preprocess(
    whenText(normaliseMonthDay),
    z.string().regex(MONTH_DAY_PATTERN, { error: '月日は「12-29」のように月-日で入力してください。' }),
  )
  .meta({ widget: 'monthDay' });

/** A decimal number (a coordinate); typed text such as '３４．７３８' reads as 34.738. */
export function decimal(label: string, min: number, max: number) {
  return z
    .preprocess(
      whenText(normaliseDecimal),
      z
        .number({ error: `${label}は数値で入力してください。` })
        .min(min, { error: `${label}は${min}から${max}の数値で入力してください。` })
        .max(max, { error: `${label}は${min}から${max}の数値で入力してください。` }),
    )
    .meta({ widget: 'decimal' });
}

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
