import { z } from 'astro/zod';
import {
  clockTime,
  decimal,
  line,
  mediaPath,
  monthDay,
  paragraph,
  phoneNumber,
  plainDate,
  slug,
  WEEKDAYS,
  yearEndProblems,
} from './primitives';

/** What a weekly hub does over the year end: the seed page does not say it for every hub. */
export const YEAR_END_OPENINGS = ['closed', 'open', 'unconfirmed'] as const;

export const OPERATOR_KINDS = ['特定非営利活動法人', '社会福祉法人', '一般社団法人', '運営委員会', 'その他'] as const;

const weekdayHours = z
  .strictObject({
    weekday: z.enum(WEEKDAYS, { error: '曜日を選んでください。' }).meta({ label: '曜日', widget: 'weekday' }),
    opens: clockTime.meta({ label: '開所時刻', widget: 'time' }),
    closes: clockTime.meta({ label: '閉所時刻', widget: 'time' }),
  })
  .meta({ label: '曜日別の時間' });

export const scheduleSchema = z
  .strictObject({
    kind: z
      .enum(['weekly', 'irregular'], { error: '開所の形は「曜日固定」か「曜日固定なし」から選んでください。' })
      .meta({
        label: '開所の形',
        hint: '曜日が決まっている拠点は「曜日固定」、月ごとに運営日を決める拠点は「曜日固定なし」を選びます。',
        options: { weekly: '曜日固定', irregular: '曜日固定なし(月ごとに運営日を掲載)' },
      }),
    weekdays: z
      .array(z.enum(WEEKDAYS, { error: '開所曜日は月曜〜日曜から選んでください。' }))
      .default([])
      .meta({
        label: '開所曜日',
        hint: '曜日固定の拠点では必須です。曜日固定なしの拠点は空欄のままにします。',
        widget: 'weekdays',
      }),
    opens: clockTime.meta({ label: '開所時刻', hint: '例: 10:00', widget: 'time' }),
    closes: clockTime.meta({ label: '閉所時刻', hint: '例: 16:00', widget: 'time' }),
    hoursByWeekday: z
      .array(weekdayHours)
      .default([])
      .meta({ label: '曜日によって時間が違う場合', hint: 'ふだんと違う時間の曜日だけ追加します。' }),
    closedOnHolidays: z.boolean().default(true).meta({ label: '祝日は休み' }),
    overYearEnd: z
      .enum(YEAR_END_OPENINGS, { error: '年末年始は「休み」「開所する」「未確認」から選んでください。' })
      .default('closed')
      .meta({
        label: '年末年始',
        hint: '市や拠点から聞いていないときは「未確認」を選びます。サイトでは、その期間に「年末年始の開所は拠点にお問い合わせください」と表示します。',
        options: { closed: '休み', open: '開所する', unconfirmed: '未確認(拠点へのお問い合わせを案内)' },
      }),
    yearEndFrom: monthDay
      .optional()
      .meta({ label: '年末年始休みの始まり(月-日)', hint: '空欄なら共通設定(通常は12-29)を使います。' }),
    yearEndTo: monthDay
      .optional()
      .meta({ label: '年末年始休みの終わり(月-日)', hint: '空欄なら共通設定(通常は01-03)を使います。' }),
    note: paragraph('開所日のメモ', 200).optional().meta({
      label: '開所日のメモ',
      hint: '曜日固定なしの拠点では必須です(例: 週4日(曜日固定なし))。曜日固定の拠点は空欄でかまいません。',
    }),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.kind === 'weekly' && schedule.weekdays.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['weekdays'],
        message: '曜日固定の拠点には開所曜日を1つ以上選んでください。',
      });
    }
    if (new Set(schedule.weekdays).size !== schedule.weekdays.length) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: '同じ曜日が2回選ばれています。1回にしてください。' });
    }
    if (schedule.kind === 'irregular' && !schedule.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: '曜日固定なしの拠点は「週4日(曜日固定なし)」のように開所日のメモを書いてください。',
      });
    }
    for (const [end, message] of yearEndProblems(schedule.yearEndFrom, schedule.yearEndTo)) {
      ctx.addIssue({ code: 'custom', path: [end === 'from' ? 'yearEndFrom' : 'yearEndTo'], message });
    }
    if (schedule.opens >= schedule.closes) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: '閉所時刻は開所時刻より後にしてください。' });
    }
    schedule.hoursByWeekday.forEach((hours, index) => {
      if (hours.opens >= hours.closes) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoursByWeekday', index, 'closes'],
          message: '閉所時刻は開所時刻より後にしてください。',
        });
      }
      if (!schedule.weekdays.includes(hours.weekday)) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoursByWeekday', index, 'weekday'],
          message: 'この曜日は開所曜日に入っていません。開所曜日に加えるか、この行を削除してください。',
        });
      }
    });
  })
  .meta({ label: '開所日と時間' });

export const hubSchema = z
  .strictObject({
    slug: slug.meta({
      label: 'URL用の名前(半角英字)',
      hint: 'ページのURLとカレンダーのURLになります。公開後は変えないでください。例: machi-cafe-nagomi',
    }),
    formerSlugs: z.array(slug).default([]).meta({
      label: '以前のURL用の名前',
      hint: 'URL用の名前を変えたときだけ、前の名前を残します(サイトの担当者が設定します)。前のURLのページとカレンダーは、新しいURLへ案内されます。',
    }),
    name: line('拠点名', 60).meta({ label: '拠点名' }),
    nameKana: z
      .string({ error: '拠点名のよみがなを入力してください。' })
      .regex(/^[\p{Script=Hiragana}ー・ \u3000]+$/u, { error: '拠点名のよみがなは、ひらがなで入力してください。' })
      .max(100)
      .meta({ label: '拠点名のよみがな(ひらがな)', hint: '検索や読み上げに使います。例: まちかふぇなごみ' }),
    district: line('地区名', 30)
      .optional()
      .meta({ label: '地区', hint: '市の定める地区名(例: 鳴尾東)。わからない場合は空欄のままにします。' }),
    address: z
      .strictObject({
        street: line('町名・番地', 100).meta({
          label: '町名・番地',
          hint: '「西宮市」より後を書きます。例: 東鳴尾町2丁目16-19-102',
        }),
        building: line('建物名・部屋番号', 100).optional().meta({ label: '建物名・部屋番号' }),
      })
      .meta({ label: '所在地' }),
    phone: phoneNumber.meta({ label: '電話番号', hint: '例: 0798-20-2333' }),
    operator: z
      .strictObject({
        name: line('運営団体名', 100).meta({
          label: '運営団体名',
          hint: '法人は種類を除いた名前(例: なごみ)、運営委員会や会は名前をそのまま書きます(例: 結cafe運営委員会、南甲子園つなぐ会)。',
        }),
        kind: z
          .enum(OPERATOR_KINDS, { error: `運営組織の種類は ${OPERATOR_KINDS.join('・')} から選んでください。` })
          .optional()
          .meta({
            label: '運営組織の種類',
            hint: '法人を選ぶと、サイトでは種類が名前の前に付きます(例: 特定非営利活動法人なごみ)。運営委員会・その他は名前だけを表示します。',
          }),
      })
      .meta({ label: '協力法人(運営組織)' }),
    schedule: scheduleSchema,
    audiences: z
      .array(line('対象', 30))
      .default([])
      .meta({ label: '対象となる人', hint: '例: 高齢者、子ども、障害のある人' }),
    activities: z.array(line('活動', 30)).default([]).meta({ label: '活動内容', hint: '例: 交流、相談' }),
    accessibility: paragraph('バリアフリー情報', 500)
      .optional()
      .meta({ label: 'バリアフリー情報', hint: '段差、車いすの可否、トイレなど。確認できたことだけ書きます。' }),
    photos: z
      .array(
        z.strictObject({
          src: mediaPath('写真').meta({
            label: '写真',
            hint: 'JPEG・PNG・WebP・GIF の写真を 5 MB まで追加できます。ファイル名は自動で付け直します。',
            widget: 'image',
          }),
          alt: line('写真の説明(代替テキスト)', 200).meta({
            label: '写真の説明(代替テキスト)',
            hint: '写真が見えない人のために、写っている様子を文章で書きます。',
          }),
        }),
      )
      .default([])
      .meta({ label: '写真' }),
    coordinates: z
      .strictObject({
        lat: decimal('緯度', 34.6, 35.0).meta({ label: '緯度', hint: '例: 34.7238' }),
        lng: decimal('経度', 135.2, 135.5).meta({ label: '経度', hint: '例: 135.3622' }),
      })
      .optional()
      .meta({
        label: '地図の位置(緯度・経度)',
        hint: '西宮市内の位置だけ入力できます。わからない場合は空欄のままにします。',
      }),
    updated: plainDate.optional().meta({ label: '更新日', widget: 'date', savedDate: true }),
  })
  .meta({ label: '交流拠点' });

export type Hub = z.output<typeof hubSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];
