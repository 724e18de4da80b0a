import { z } from 'astro/zod';
import { characterCount, textProblem } from '../lib/content/textRules';
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
/** Where Decap stores photos (media_folder public/images/hubs) and the path pages use for them. */
export const MEDIA_PUBLIC_FOLDER = '/images/hubs';
const MEDIA_PATH = new RegExp(`^${MEDIA_PUBLIC_FOLDER}/[a-z0-9][a-z0-9_-]*\\.(png|jpe?g|gif|webp)$`, 'i');

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

/** True when 'MM-DD' is a day some year has (02-29 is; 02-30 and 04-31 are not). */
function isRealMonthDay(value: string): boolean {
  return isRealDate(`2028-${value}`);
}

export const monthDay = z
  .preprocess(
    whenText(normaliseMonthDay),
    z
      .string()
      .regex(MONTH_DAY_PATTERN, { error: '月日は「12-29」のように月-日で入力してください。' })
      .refine(isRealMonthDay, { error: '存在する月日を「12-29」のように月-日で入力してください。' }),
  )
  .meta({ widget: 'monthDay' });

/** Late December or early January: where a year-end closure may start and end. */
const YEAR_END_WINDOW = { decemberFrom: '12-15', januaryTo: '01-15' };
const yearEndOrder = (day: string) => `${day.startsWith('12-') ? 0 : 1}${day}`;

/**
 * Why a year-end closure (from → to, 'MM-DD') is not a real period around New Year, per field.
 * Either end may be left to a default (undefined).
 */
export function yearEndProblems(from: string | undefined, to: string | undefined): Array<['from' | 'to', string]> {
  const problems: Array<['from' | 'to', string]> = [];
  // A day that does not exist is reported by monthDay itself.
  const outside = (day: string) =>
    isRealMonthDay(day) &&
    !(day >= YEAR_END_WINDOW.decemberFrom || (day.startsWith('01-') && day <= YEAR_END_WINDOW.januaryTo));
  const message = '年末年始休みは12月15日〜1月15日の間の日にしてください(ふつうは12-29〜01-03です)。';
  if (from !== undefined && outside(from)) problems.push(['from', message]);
  if (to !== undefined && outside(to)) problems.push(['to', message]);
  if (
    problems.length === 0 &&
    from !== undefined &&
    to !== undefined &&
    isRealMonthDay(from) &&
    isRealMonthDay(to) &&
    yearEndOrder(from) > yearEndOrder(to)
  ) {
    problems.push(['to', '年末年始休みの終わりは、始まりより後の日にしてください(例: 始まり12-29、終わり01-03)。']);
  }
  return problems;
}

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

/**
 * The rules every text field shares, for superRefine: no broken, control or invisible characters
 * (line breaks and tabs only where the field takes lines), at most `max` characters as people
 * count them.
 */
export function textRules({ max, lines, tooLong }: { max: number; lines: boolean; tooLong: string }) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textProblem(value, { lines }) ?? (characterCount(value) > max ? tooLong : undefined);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/** Single-line text with a sane maximum, so a pasted document cannot bloat every page. */
export function line(label: string, max = 200) {
  const text = z
    .string({ error: `${label}を入力してください。` })
    .trim()
    .min(1, { error: `${label}を入力してください。` });
  return text.superRefine(textRules({ max, lines: false, tooLong: `${label}は${max}文字以内にしてください。` }));
}

/** Text that may run over several lines: the CMS shows a text area. */
export function paragraph(label: string, max = 2000) {
  const text = z.string({ error: `${label}は文章で入力してください。` }).trim();
  return text
    .superRefine(textRules({ max, lines: true, tooLong: `${label}は${max}文字以内にしてください。` }))
    .meta({ lines: true });
}

/** A photo: a file Decap put in the site's photo folder, never an address elsewhere or a script. */
export function mediaPath(label: string) {
  // A refinement, not a Decap pattern: with a pattern the CMS would not save a photo just picked
  // (tests/adminFiles.test.ts); the pre-save check runs this instead.
  return line(label, 300).refine((value) => MEDIA_PATH.test(value), {
    error: `${label}は「画像を選択」から選び直してください(サイトの写真フォルダにある JPEG・PNG・WebP・GIF の写真だけを使えます)。`,
  });
}
