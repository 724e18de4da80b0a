import { z } from 'astro/zod';
import { line, plainDate, slug } from './primitives';

export const programPageSchema = z
  .strictObject({
    slug: slug.meta({ label: 'URL用の名前(半角英字)', hint: '公開後は変えないでください。例: subsidies' }),
    title: line('ページの題名', 60).meta({ label: 'ページの題名' }),
    description: line('ページの説明', 160).meta({
      label: 'ページの説明(検索結果に表示)',
      hint: '120文字程度で、このページで分かることを書きます。',
    }),
    order: z
      .number({ error: '並び順は数字で入力してください。' })
      .int()
      .min(0)
      .max(999)
      .meta({ label: '並び順', hint: '小さい順にメニューに並びます。' }),
    audience: z
      .enum(['residents', 'organisers'], {
        error: '主に読む人は「市民のみなさん」か「拠点を開設・運営する人」から選んでください。',
      })
      .default('residents')
      .meta({ label: '主に読む人', options: { residents: '市民のみなさん', organisers: '拠点を開設・運営する人' } }),
    updated: plainDate.optional().meta({ label: '更新日', widget: 'date', savedDate: true }),
  })
  .meta({ label: '制度の案内ページ' });

export type ProgramPage = z.output<typeof programPageSchema>;
