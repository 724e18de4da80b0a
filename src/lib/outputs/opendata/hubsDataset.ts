import type { Settings } from '../../../schema/settings';
import { WEEKDAY_JA, WEEKDAYS, weekdayShortNameJa } from '../../../schema/weekdays';
import { closuresJa, hoursJa, openingDaysJa } from '../../schedule/japaneseText';
import type { OpenDay } from '../../schedule/types';
import { hubPath, operatorName } from '../../site/hubFacts';
import type { Site, SiteHub } from '../../site/site';
import { toCsv } from './csv';

export const LICENSE = {
  name: 'クリエイティブ・コモンズ 表示 4.0 国際(CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
};

/** What a column holds: fixed words, or words about the city from the settings. */
type ColumnMeaning = string | ((settings: Settings) => string);

/**
 * The columns of the 推奨データセット「公共施設一覧」 (now 自治体標準オープンデータセット), in order,
 * with what this site puts in each; an empty cell means the fact is not known. Facts about the
 * city (its code, prefecture and name) come from the settings: see publicFacilityColumns().
 */
export const PUBLIC_FACILITY_COLUMNS = [
  [
    '都道府県コード又は市区町村コード',
    ({ municipality, localGovernmentCode }: Settings) =>
      localGovernmentCode
        ? `${municipality}の全国地方公共団体コード(${localGovernmentCode})`
        : `${municipality}の全国地方公共団体コード(未登録のため空欄)`,
  ],
  ['NO', '拠点ごとの識別子。拠点ページのURLに使う半角英字の名前で、変わりません'],
  ['都道府県名', ({ prefecture }: Settings) => prefecture],
  ['市区町村名', ({ municipality }: Settings) => municipality],
  ['名称', '拠点名'],
  ['名称_カナ', '拠点名の読み(全角カタカナ)'],
  ['名称_通称', '(空欄)'],
  ['POIコード', '(空欄)'],
  ['住所', '都道府県から番地まで'],
  ['方書', '建物名・部屋番号'],
  ['緯度', '登録されている場合のみ(世界測地系)'],
  ['経度', '登録されている場合のみ(世界測地系)'],
  ['電話番号', '拠点の電話番号'],
  ['内線番号', '(空欄)'],
  ['法人番号', '(空欄)'],
  ['団体名', '協力法人(運営組織)'],
  ['利用可能曜日', '開所する曜日を「,」区切りで。曜日固定なしの拠点は空欄'],
  ['開始時間', 'ふだんの開所時刻(24時間表記)'],
  ['終了時間', 'ふだんの閉所時刻(24時間表記)'],
  ['利用可能日時特記事項', '祝日・年末年始の休み、曜日による時間の違い、曜日固定なしの拠点の開き方'],
  ['説明', '対象となる人と活動内容'],
  ['バリアフリー情報', '登録されている場合のみ'],
  ['URL', '拠点のページ'],
  ['備考', '地区(登録されている場合)'],
] as const satisfies ReadonlyArray<readonly [string, ColumnMeaning]>;

export type PublicFacilityColumn = (typeof PUBLIC_FACILITY_COLUMNS)[number][0];
export type PublicFacilityRecord = Record<PublicFacilityColumn, string>;

/** The columns with what each holds, in words, for this site's settings (the /opendata/ page). */
export function publicFacilityColumns(settings: Settings): Array<[PublicFacilityColumn, string]> {
  return PUBLIC_FACILITY_COLUMNS.map(([name, meaning]: readonly [PublicFacilityColumn, ColumnMeaning]) => [
    name,
    typeof meaning === 'string' ? meaning : meaning(settings),
  ]);
}

/** ひらがな → カタカナ; the standard wants the reading in full-width katakana. */
export function toKatakana(hiragana: string): string {
  return hiragana
    .replace(/[\u3041-\u3096\u309D\u309E]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60))
    .replace(/ /g, '\u3000');
}

function availabilityNote(view: SiteHub): string {
  const { schedule } = view.hub;
  if (schedule.kind === 'irregular') {
    return `${openingDaysJa(schedule)}。運営日は月ごとにお知らせします(拠点のページと hubs.json に掲載)。`;
  }
  const parts: string[] = [];
  const closures = closuresJa(schedule, view.yearEnd);
  if (closures) parts.push(`${closures.slice(1, -1)}。`);
  for (const hours of schedule.hoursByWeekday) {
    parts.push(`${weekdayShortNameJa(hours.weekday)}は${hoursJa(hours.opens, hours.closes)}。`);
  }
  return parts.join('');
}

function description(view: SiteHub, municipality: string): string {
  const { hub } = view;
  const parts = [`${municipality}の共生型地域交流拠点(どなたでも立ち寄れる地域の交流の場)。`];
  if (hub.audiences.length > 0) parts.push(`対象: ${hub.audiences.join('、')}。`);
  if (hub.activities.length > 0) parts.push(`活動: ${hub.activities.join('、')}。`);
  return parts.join('');
}

export function publicFacilityRecord(view: SiteHub, site: Site, siteUrl: URL | string): PublicFacilityRecord {
  const { hub } = view;
  const { settings } = site;
  const { schedule } = hub;
  return {
    都道府県コード又は市区町村コード: settings.localGovernmentCode ?? '',
    NO: hub.slug,
    都道府県名: settings.prefecture,
    市区町村名: settings.municipality,
    名称: hub.name,
    名称_カナ: toKatakana(hub.nameKana),
    名称_通称: '',
    POIコード: '',
    住所: `${settings.prefecture}${settings.municipality}${hub.address.street}`,
    方書: hub.address.building ?? '',
    緯度: hub.coordinates ? String(hub.coordinates.lat) : '',
    経度: hub.coordinates ? String(hub.coordinates.lng) : '',
    電話番号: hub.phone,
    内線番号: '',
    法人番号: '',
    団体名: operatorName(hub),
    利用可能曜日:
      schedule.kind === 'weekly'
        ? WEEKDAYS.filter((day) => schedule.weekdays.includes(day))
            .map((day) => WEEKDAY_JA[day])
            .join(',')
        : '',
    開始時間: schedule.opens,
    終了時間: schedule.closes,
    利用可能日時特記事項: availabilityNote(view),
    説明: description(view, settings.municipality),
    バリアフリー情報: hub.accessibility ?? '',
    URL: new URL(hubPath(hub), siteUrl).href,
    備考: hub.district ? `地区: ${hub.district}地区` : '',
  };
}

export function hubsCsv(site: Site, siteUrl: URL | string): string {
  const header = PUBLIC_FACILITY_COLUMNS.map(([name]) => name);
  const rows = site.hubs.map((view) => {
    const record = publicFacilityRecord(view, site, siteUrl);
    return header.map((name) => record[name]);
  });
  return toCsv(header, rows);
}

export interface HubsJson {
  title: string;
  publisher: string;
  license: typeof LICENSE;
  /** The build's date in Asia/Tokyo. */
  updated: string;
  /** The dates the open days cover. */
  window: { from: string; to: string };
  columns: string[];
  hubs: Array<PublicFacilityRecord & { 開所日: OpenDay[] }>;
}

export function hubsJson(site: Site, siteUrl: URL | string): HubsJson {
  return {
    title: `${site.settings.municipality} 共生型地域交流拠点一覧`,
    publisher: `${site.settings.prefecture}${site.settings.municipality}`,
    license: LICENSE,
    updated: site.today,
    window: site.window,
    columns: PUBLIC_FACILITY_COLUMNS.map(([name]) => name),
    hubs: site.hubs.map((view) => ({ ...publicFacilityRecord(view, site, siteUrl), 開所日: view.openDays })),
  };
}
