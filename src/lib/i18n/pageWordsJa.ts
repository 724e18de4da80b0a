import { dateWithEraJa, monthJa } from '../schedule/japaneseText';
import type { PageWords } from './pageWords';

/** The Japanese site's words, as its pages have always said them. */
export const PAGE_WORDS_JA: PageWords = {
  siteTitle: (japaneseTitle) => japaneseTitle,
  skipLink: '本文へ移動',
  mainNav: 'サイト内の主なページ',
  languageNav: '言語',
  home: 'ホーム',
  breadcrumbs: '現在位置',
  updated: '更新日',
  updatedDate: dateWithEraJa,
  allHubs: '交流拠点の一覧',
  hubList: { area: '地域', schedule: '開所日時' },
  hubDescription: (name, area, municipality, summary, phone) =>
    `${name}(${area})は${municipality}の共生型地域交流拠点です。${summary}。電話 ${phone}。`,
  jsonLdDescription: (municipality, summary) => `${municipality}の共生型地域交流拠点。${summary}`,
  phone: '電話',
  punctuation: { open: '(', close: ')', stop: '。' },
  statusHeading: '今日の開所状況',
  factsHeading: '基本情報',
  facts: {
    days: '開所日',
    hours: '開所時間',
    address: '所在地',
    addressNote: () => undefined,
    map: '地図で場所を調べる(Google マップ)',
    area: '地域',
    phone: '電話番号',
    operator: '協力法人(運営組織)',
    audiences: '対象',
    activities: '活動',
    accessibility: 'バリアフリー情報',
    accessibilityUnknown: '未登録です。段差やトイレなどについては、拠点にお問い合わせください。',
  },
  calendarHeading: '開所カレンダー',
  irregularCalendarNote:
    'この拠点は曜日を決めずに開いています。運営日は月ごとにお知らせします。「未定」の日は、まだ運営日が登録されていません。',
  holidaysIncluded: '祝日や臨時休業も反映しています。',
  unconfirmedNote: '「要問合せ」の日は年末年始です。開所するかどうかは、拠点にお問い合わせください',
  usualHoursNote: (hours) => `時間を書いていない開所日は、ふだんの時間(${hours})に開いています。`,
  awaitingWithNotice: '運営日は月ごとにお知らせしています。次のお知らせでご確認ください。',
  awaitingWithoutNotice:
    '運営日は月ごとにお知らせしています。これからの運営日はまだ登録されていません。お出かけの前に、お電話でお確かめください。',
  seeNoticesToo: '拠点からの運営日のお知らせも、あわせてご覧ください。',
  calendarAfterNotice:
    'このカレンダーには、運営日が登録されると表示されます。それまでは、上のお知らせでご確認ください。',
  calendarNotYet: '今月と来月の運営日は、まだ登録されていません。決まりしだい、このカレンダーでお知らせします。',
  photosHeading: '拠点の様子',
  aboutHeading: '拠点の紹介',
  inJapanese: undefined,
  noticeLabel: (month, type, size) =>
    `${monthJa(month).replace(/^\d+年/, '')}の運営日(${type}${size ? `:${size}` : ''})`,
  contact: {
    heading: 'お問い合わせ先',
    phone: '電話番号',
    fax: 'ファックス',
    mailForm: 'お問合せメールフォーム',
    cityPage: (municipality) => `${municipality}の公式ページ(共生型地域交流拠点)`,
  },
  subscribe: {
    title: 'カレンダーに登録',
    thisHub: 'この拠点',
    intro: (subject) =>
      `${subject}の開所日を、スマートフォンやパソコンのカレンダーに登録できます。一度登録すると、祝日や臨時休業などの変更も自動で反映されます(反映まで半日から1日ほどかかることがあります)。`,
    apple: 'iPhone・iPad・Mac のカレンダーに登録する',
    google: 'Android・Google カレンダーに登録する(パソコンからも登録できます)',
    otherApps:
      'Outlook などパソコンのカレンダーでは、次のアドレスをコピーして「インターネットから購読」や「URLで追加」に貼り付けてください。',
    addressLabel: 'カレンダーのアドレス: ',
    download: 'カレンダーファイル(.ics)をダウンロードする',
    downloadNote:
      ':今の開所日を一度だけ取り込む写しです。後からの変更は反映されません。いつも最新にするには、上の方法で登録してください。',
    qrAlt: (hubName) => `${hubName}の開所日をカレンダーに登録するためのQRコード`,
    qrCaption: (title) =>
      `スマートフォンのカメラでこのQRコードを読み取ると、このページの「${title}」が開きます。iPhone、Android それぞれのボタンから登録できます。`,
    help: 'カレンダーへの登録のしかた(iPhone・Android・Outlook)',
    awaitingDays:
      'いまは登録されている運営日がないため、カレンダーには予定が入っていません。登録しておくと、運営日が決まりしだい自動で加わります(反映まで半日から1日ほどかかります)。',
  },
  footer: { hubs: '交流拠点の一覧', openData: 'オープンデータ', accessibility: 'アクセシビリティ方針' },
  translatedHome: { lead: () => '', hubsHeading: '交流拠点の一覧', japaneseSite: '日本語のページ' },
};
