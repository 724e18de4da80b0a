import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../site/sampleSite.fixture';
import { parseCsv } from './csv';
import { hubsCsv, hubsJson, PUBLIC_FACILITY_COLUMNS, publicFacilityColumns, toKatakana } from './hubsDataset';

const site = sampleSite();
const SITE_URL = 'https://example.jp/';

function csvRecords() {
  const [header, ...rows] = parseCsv(hubsCsv(site, SITE_URL));
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header?.map((name, index) => [name, row[index]]) ?? [])),
  };
}

describe('toKatakana', () => {
  it('writes the reading in full-width katakana', () => {
    expect(toKatakana('まちかふぇなごみ')).toBe('マチカフェナゴミ');
    expect(toKatakana('おちゃのま ぷちだがしやさん')).toBe('オチャノマ\u3000プチダガシヤサン');
    expect(toKatakana('ゔぁー')).toBe('ヴァー');
  });
});

describe('hubsCsv', () => {
  it('has the 公共施設一覧 columns in order and one row per hub', () => {
    const { header, records } = csvRecords();
    expect(header).toEqual(PUBLIC_FACILITY_COLUMNS.map(([name]) => name));
    expect(header).toHaveLength(24);
    expect(records).toHaveLength(3);
    for (const record of records) expect(Object.values(record)).toHaveLength(24);
  });

  it('fills known facts and leaves unknown ones empty', () => {
    const weekday = csvRecords().records.find((record) => record.NO === 'weekday-hub');
    expect(weekday).toMatchObject({
      都道府県コード又は市区町村コード: '282049',
      都道府県名: '兵庫県',
      市区町村名: '西宮市',
      名称: 'テスト平日サロン',
      名称_カナ: 'テストヘイジツサロン',
      住所: '兵庫県西宮市六湛寺町10-3',
      方書: '',
      緯度: '',
      経度: '',
      電話番号: '0798-00-0001',
      団体名: '社会福祉法人テスト福祉会',
      利用可能曜日: '月,火,水,木,金',
      開始時間: '10:00',
      終了時間: '16:00',
      利用可能日時特記事項: '祝日・年末年始休み。',
      URL: 'https://example.jp/hubs/weekday-hub/',
      備考: '地区: テスト東地区',
    });
  });

  it('keeps text with commas and quotes intact, and says how the irregular hub opens', () => {
    const { records } = csvRecords();
    const holiday = records.find((record) => record.NO === 'holiday-hub');
    expect(holiday?.バリアフリー情報).toBe('入口に段差があります, 「スロープ」はありません');
    expect(holiday?.方書).toBe('テストビル1階');
    expect(holiday?.利用可能日時特記事項).toBe('土曜は10時〜12時。');
    const irregular = records.find((record) => record.NO === 'irregular-hub');
    expect(irregular?.利用可能曜日).toBe('');
    expect(irregular?.利用可能日時特記事項).toMatch(/^週4日\(曜日固定なし\)。運営日は月ごとに/);
  });
});

describe('publicFacilityColumns', () => {
  it('says what each column holds, with the city’s facts from the settings', () => {
    const columns = new Map(publicFacilityColumns(site.settings));
    expect([...columns.keys()]).toEqual(PUBLIC_FACILITY_COLUMNS.map(([name]) => name));
    expect(columns.get('都道府県コード又は市区町村コード')).toBe('西宮市の全国地方公共団体コード(282049)');
    expect(columns.get('都道府県名')).toBe('兵庫県');
    expect(columns.get('市区町村名')).toBe('西宮市');
    const other = { ...site.settings, municipality: 'テスト市', prefecture: 'テスト県', localGovernmentCode: '999999' };
    const otherColumns = new Map(publicFacilityColumns(other));
    expect(otherColumns.get('都道府県コード又は市区町村コード')).toBe('テスト市の全国地方公共団体コード(999999)');
    expect(otherColumns.get('都道府県名')).toBe('テスト県');
  });

  it('leaves the code empty, and says so, when the settings have none', () => {
    const { localGovernmentCode: _code, ...settings } = site.settings;
    const withoutCode = { ...site, settings };
    expect(new Map(publicFacilityColumns(settings)).get('都道府県コード又は市区町村コード')).toContain('未登録');
    const [header, ...rows] = parseCsv(hubsCsv(withoutCode, SITE_URL));
    expect(header?.[0]).toBe('都道府県コード又は市区町村コード');
    for (const row of rows) expect(row[0]).toBe('');
  });
});

describe('hubsJson', () => {
  it('carries the same facts as the CSV plus the open days of the window', () => {
    const data = hubsJson(site, SITE_URL);
    const { records } = csvRecords();
    expect(data.window).toEqual({ from: '2026-08-01', to: '2027-09-30' });
    expect(data.license.url).toContain('creativecommons.org/licenses/by/4.0');
    for (const hub of data.hubs) {
      const { 開所日: _days, ...facts } = hub;
      expect(records).toContainEqual(facts);
    }
    const irregular = data.hubs.find((hub) => hub.NO === 'irregular-hub');
    expect(irregular?.開所日.map((day) => day.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-12',
    ]);
    const weekday = data.hubs.find((hub) => hub.NO === 'weekday-hub')?.開所日.map((day) => day.date) ?? [];
    expect(weekday).not.toContain('2026-09-22');
    expect(weekday).not.toContain('2026-10-07');
    expect(weekday).toContain('2026-10-12');
  });
});
