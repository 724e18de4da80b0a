import { z } from 'astro/zod';
import { line, monthDay, phoneNumber } from './primitives';

export const settingsSchema = z
  .strictObject({
    siteTitle: line('サイト名', 60).meta({ label: 'サイト名' }),
    siteDescription: line('サイトの説明', 200).meta({ label: 'サイトの説明' }),
    municipality: line('市の名前', 20).meta({ label: '市の名前' }),
    prefecture: line('都道府県名', 10).meta({ label: '都道府県名' }),
    office: z
      .strictObject({
        name: line('担当課の名前', 60).meta({ label: '担当課の名前' }),
        address: line('担当課の所在地', 120).meta({ label: '担当課の所在地' }),
        phone: phoneNumber.meta({ label: '電話番号' }),
        fax: phoneNumber.optional().meta({ label: 'ファックス番号' }),
        mailForm: z
          .url({ error: 'お問合せメールフォームのURLを https:// から入力してください。', protocol: /^https$/ })
          .optional()
          .meta({ label: 'お問合せメールフォームのURL' }),
      })
      .meta({ label: 'お問い合わせ先(担当課)' }),
    yearEndFrom: monthDay.default('12-29').meta({ label: '年末年始休みの始まり(月-日)' }),
    yearEndTo: monthDay.default('01-03').meta({ label: '年末年始休みの終わり(月-日)' }),
  })
  .meta({ label: 'サイトの設定' });

export type Settings = z.output<typeof settingsSchema>;
