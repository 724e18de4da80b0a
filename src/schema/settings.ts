import { z } from 'astro/zod';
import { DEFAULT_YEAR_END } from '../lib/schedule/types';
import { line, monthDay, phoneNumber, textRules, yearEndProblems } from './primitives';

export const settingsSchema = z
  .strictObject({
    siteTitle: line('サイト名', 60).meta({ label: 'サイト名' }),
    siteDescription: line('サイトの説明', 200).meta({ label: 'サイトの説明' }),
    municipality: line('市の名前', 20).meta({ label: '市の名前' }),
    prefecture: line('都道府県名', 10).meta({ label: '都道府県名' }),
    localGovernmentCode: z
      // An unquoted 282049 in YAML reads as a number; the code is a string of digits.
      .preprocess(
        (value) => (typeof value === 'number' ? String(value) : value),
        z
          .string({ error: '全国地方公共団体コードは6桁の数字で入力してください。' })
          .max(6, { error: '全国地方公共団体コードは、検査数字を含む6桁の数字で入力してください。' })
          .regex(/^\d{6}$/, { error: '全国地方公共団体コードは、検査数字を含む6桁の数字で入力してください。' }),
      )
      .optional()
      .meta({
        label: '全国地方公共団体コード(6桁)',
        hint: '総務省が定める市のコード(検査数字を含む6桁)。オープンデータ(hubs.csv)の最初の列に入ります。',
      }),
    office: z
      .strictObject({
        name: line('担当課の名前', 60).meta({ label: '担当課の名前' }),
        address: line('担当課の所在地', 120).meta({ label: '担当課の所在地' }),
        phone: phoneNumber.meta({ label: '電話番号' }),
        fax: phoneNumber.optional().meta({ label: 'ファックス番号' }),
        mailForm: z
          .url({ error: 'お問合せメールフォームのURLを https:// から入力してください。', protocol: /^https$/ })
          .superRefine(
            textRules({ max: 500, lines: false, tooLong: 'お問合せメールフォームのURLは500文字以内にしてください。' }),
          )
          .optional()
          .meta({ label: 'お問合せメールフォームのURL' }),
      })
      .meta({ label: 'お問い合わせ先(担当課)' }),
    yearEndFrom: monthDay.default(DEFAULT_YEAR_END.from).meta({ label: '年末年始休みの始まり(月-日)' }),
    yearEndTo: monthDay.default(DEFAULT_YEAR_END.to).meta({ label: '年末年始休みの終わり(月-日)' }),
  })
  .superRefine((settings, ctx) => {
    for (const [end, message] of yearEndProblems(settings.yearEndFrom, settings.yearEndTo)) {
      ctx.addIssue({ code: 'custom', path: [end === 'from' ? 'yearEndFrom' : 'yearEndTo'], message });
    }
  })
  .meta({ label: 'サイトの設定' });

export type Settings = z.output<typeof settingsSchema>;
