import type { PageWords } from './pageWords';
import { placeNameEasy } from './placeNames';

/** やさしい日本語 (short sentences, one idea each, ふりがな on every kanji). */
export const PAGE_WORDS_EASY: PageWords = {
  siteTitle: (_japaneseTitle, municipality) => `${placeNameEasy(municipality)}の {交流拠点|こうりゅうきょてん}`,
  skipLink: '{本文|ほんぶん}へ いく',
  mainNav: 'おもな ページ',
  languageNav: 'ことば',
  home: 'ホーム',
  breadcrumbs: 'いま みている ページ',
  updated: 'あたらしく した {日|ひ}',
  updatedDate: (date) =>
    `${date.slice(0, 4)}{年|ねん}${Number(date.slice(5, 7))}{月|がつ}${Number(date.slice(8, 10))}{日|にち}`,
  allHubs: '{交流拠点|こうりゅうきょてん}の いちらん',
  hubList: { area: 'ちいき', schedule: 'あく {日|ひ}と {時間|じかん}' },
  hubDescription: (name, area, _municipality, summary, phone) =>
    `${name}(${area})は、だれでも いける {交流拠点|こうりゅうきょてん}です。${summary}。{電話|でんわ} ${phone}。`,
  jsonLdDescription: (_municipality, summary) => `だれでも いける {交流拠点|こうりゅうきょてん}です。${summary}`,
  phone: '{電話|でんわ}',
  punctuation: { open: '(', close: ')', stop: '。' },
  statusHeading: 'きょう あいているか',
  factsHeading: 'この {場所|ばしょ}に ついて',
  facts: {
    days: 'あく {日|ひ}',
    hours: 'あいている {時間|じかん}',
    address: '{住所|じゅうしょ}',
    addressNote: () => undefined,
    map: '{地図|ちず}で みる(Google マップ)',
    area: 'ちいき',
    phone: '{電話|でんわ}',
    operator: 'うんえいしている ところ',
    audiences: 'だれが いけるか',
    activities: 'すること',
    accessibility: 'バリアフリー',
    accessibilityUnknown: 'まだ かいていません。{段差|だんさ}や トイレの ことは、{電話|でんわ}で きいてください。',
  },
  calendarHeading: 'あく {日|ひ}の カレンダー',
  irregularCalendarNote:
    'ここは あく {曜日|ようび}が きまっていません。あく {日|ひ}は {毎月|まいつき} おしらせします。「きまっていない」の {日|ひ}は、まだ わかりません。',
  holidaysIncluded: '{祝日|しゅくじつ}や {休|やす}みの {日|ひ}も かいてあります。',
  unconfirmedNote:
    '「きいてください」の {日|ひ}は {年末年始|ねんまつねんし}です。あいているかは、{電話|でんわ}で きいてください',
  usualHoursNote: (hours) =>
    `{時間|じかん}が かいていない {日|ひ}は、いつもの {時間|じかん}(${hours})に あいています。`,
  awaitingWithNotice: 'あく {日|ひ}は {毎月|まいつき} おしらせします。おしらせを みてください。',
  awaitingWithoutNotice:
    'あく {日|ひ}は {毎月|まいつき} おしらせします。つぎの あく {日|ひ}は、まだ わかりません。でかける まえに、{電話|でんわ}で きいてください。',
  seeNoticesToo: 'あく {日|ひ}の おしらせも みてください。',
  calendarAfterNotice: 'あく {日|ひ}が きまったら、カレンダーに かきます。いまは、うえの おしらせを みてください。',
  calendarNotYet: 'こんげつと らいげつの あく {日|ひ}は、まだ わかりません。きまったら、カレンダーに かきます。',
  photosHeading: 'しゃしん',
  aboutHeading: 'この {場所|ばしょ}の しょうかい',
  inJapanese: undefined,
  noticeLabel: (month, type, size) =>
    `${Number(month.slice(5, 7))}{月|がつ}の あく {日|ひ}の おしらせ(${type}${size ? `:${size}` : ''})`,
  contact: {
    heading: 'きく ところ',
    phone: '{電話|でんわ}',
    fax: 'ファックス',
    mailForm: 'メールで きく',
    cityPage: (municipality) => `${placeNameEasy(municipality)}の ページ(ふつうの にほんご)`,
  },
  subscribe: {
    title: 'カレンダーに いれる',
    thisHub: 'ここ',
    intro: (subject) =>
      `${subject}の あく {日|ひ}を、スマートフォンや パソコンの カレンダーに いれる ことが できます。いちど いれると、{休|やす}みの {日|ひ}が かわっても、カレンダーも かわります。`,
    apple: 'iPhone・iPad・Mac の カレンダーに いれる',
    google: 'Android・Google カレンダーに いれる',
    otherApps: 'Outlook などの パソコンの カレンダーでは、この アドレスを コピーして つかってください。',
    addressLabel: 'カレンダーの アドレス: ',
    download: 'カレンダーの ファイル(.ics)を ダウンロードする',
    downloadNote: ':いまの あく {日|ひ}だけが はいります。あとから かわった ことは はいりません。',
    qrAlt: (hubName) => `${hubName}の あく {日|ひ}を カレンダーに いれる QRコード`,
    qrCaption: (title) => `スマートフォンの カメラで この QRコードを よむと、この ページの「${title}」が ひらきます。`,
    help: 'カレンダーに いれる やりかた(ふつうの にほんご)',
    awaitingDays:
      'いまは あく {日|ひ}が きまっていないので、カレンダーには なにも はいっていません。きまったら、カレンダーに はいります。',
  },
  footer: {
    hubs: '{交流拠点|こうりゅうきょてん}の いちらん',
    openData: 'オープンデータ(ふつうの にほんご)',
    accessibility: 'アクセシビリティ(ふつうの にほんご)',
  },
  translatedHome: {
    lead: (municipality, count) =>
      `{交流拠点|こうりゅうきょてん}は、だれでも いける {場所|ばしょ}です。こどもも おとしよりも いけます。${placeNameEasy(municipality)}に ${count}か{所|しょ} あります。`,
    hubsHeading: '{交流拠点|こうりゅうきょてん}の いちらん',
    japaneseSite: 'ふつうの にほんごの ページ',
  },
};
