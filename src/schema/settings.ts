import { z } from 'astro/zod';
import { DEFAULT_YEAR_END } from '../lib/schedule/types';
import { line, monthDay, phoneNumber, textRules, yearEndProblems } from './primitives';

/** A web address staff copy from the city's site: https only, never typed by the project. */
const httpsUrl = (what: string) =>
  z
    .url({ error: `${what}のURLを https:// から入力してください。`, protocol: /^https$/ })
    .superRefine(textRules({ max: 500, lines: false, tooLong: `${what}のURLは500文字以内にしてください。` }));

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
        mailForm: httpsUrl('お問合せメールフォーム').optional().meta({ label: 'お問合せメールフォームのURL' }),
      })
      .meta({ label: 'お問い合わせ先(担当課)' }),
    cityPage: httpsUrl('市の公式ページ').optional().meta({
      label: '市の公式ページ(共生型地域交流拠点)のURL',
      hint: '西宮市のサイトの「共生型地域交流拠点」のページのURLを、ブラウザーのアドレス欄からコピーして貼り付けます。入れると、各ページの下にリンクが出ます。',
    }),
    guide: z
      .strictObject({
        title: line('手引きの名前', 120).meta({
          label: '手引きの名前',
          hint: '市のページの表示どおりに書きます。例: 共生型地域交流拠点開設・運営の手引き(令和6年2月版)(PDF:2,174KB)',
        }),
        url: httpsUrl('手引き').meta({ label: '手引きのURL' }),
      })
      .optional()
      .meta({
        label: '開設・運営の手引き(PDF)',
        hint: '市のサイトにある手引きの PDF です。入れると、各ページの下にリンクが出ます。',
      }),
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
