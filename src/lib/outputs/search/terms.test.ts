import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../schema/hub';
import { hiddenTerms, placeReadings, queryPieces, searchTerms, variantTerms } from './terms';

function hub(overrides: Partial<Hub>): Hub {
  return {
    slug: 'machi-cafe-nagomi',
    name: 'まちCafeなごみ',
    nameKana: 'まちかふぇなごみ',
    district: '鳴尾東',
    address: { street: '東鳴尾町2丁目16-19-102' },
    phone: '0798-20-2333',
    operator: { name: 'なごみ', kind: '特定非営利活動法人' },
    schedule: {
      kind: 'weekly',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      opens: '09:00',
      closes: '16:00',
      hoursByWeekday: [],
      closedOnHolidays: true,
      overYearEnd: 'closed',
    },
    audiences: ['高齢者', '子ども'],
    activities: ['交流'],
    photos: [],
    ...overrides,
  } as Hub;
}

describe('placeReadings', () => {
  it('reads the longest known place name and does not read its parts again', () => {
    expect(placeReadings('枝川町 ファインシティ甲子園1階')).toEqual(['こうしえん']);
    expect(placeReadings('まちのね浜甲子園')).toEqual(['はまこうしえん']);
    expect(placeReadings('西宮浜4丁目')).toEqual(['にしのみやはま']);
    expect(placeReadings('今津出在家町 浜脇町 鳴尾東')).toEqual(['なるお', 'いまづ', 'はまわき']);
  });
  it('invents nothing for places it does not know', () => {
    expect(placeReadings('南昭和町')).toEqual([]);
  });
});

describe('variantTerms', () => {
  it('brings in every spelling of a word the text uses, whatever the case', () => {
    expect(variantTerms('まちCafeなごみ')).toEqual(['カフェ', 'cafe', 'かふぇ']);
    expect(variantTerms('子ども')).toEqual(['子ども', 'こども', '子供']);
    expect(variantTerms('交流')).toEqual([]);
    expect(variantTerms('お茶の間 ぷちだがしやさん')).toEqual(['だがし', '駄菓子', '駄菓子屋']);
  });
});

describe('queryPieces', () => {
  it('cuts kana the way the browser cuts a query', () => {
    expect(queryPieces('こうしえん')).toBe('こう し えん');
    expect(queryPieces('甲子園')).toBe('甲子園');
  });
});

describe('searchTerms', () => {
  it('collects the name reading, area readings and variants, and no weekday words', () => {
    const terms = searchTerms({ hub: hub({}), bodyHtml: '<p>月曜日から土曜日まで</p>' });
    expect(terms.readings).toEqual(['まちかふぇなごみ', 'なるお']);
    expect(terms.variants).toEqual(expect.arrayContaining(['子ども', 'こども', '子供', 'カフェ', 'cafe']));
    expect(terms.variants.some((word) => word.includes('曜'))).toBe(false);
  });
  it('reads the town when the district is unknown', () => {
    const terms = searchTerms({
      hub: hub({
        name: 'つどい場はまかぜ',
        nameKana: 'つどいば はまかぜ',
        district: undefined,
        address: { street: '甲子園九番町5-9' },
        operator: { name: '南甲子園つなぐ会' },
        schedule: { ...hub({}).schedule, kind: 'irregular', weekdays: [], note: '週4日(曜日固定なし)' },
        audiences: [],
      }),
      bodyHtml: '',
    });
    expect(terms.readings).toEqual(['つどいばはまかぜ', 'こうしえん']);
  });
});

describe('hiddenTerms', () => {
  it('weights readings (with their query pieces) above variants, both below headings', () => {
    const blocks = hiddenTerms({ readings: ['こうしえん'], variants: ['子ども', 'こども'] });
    expect(blocks).toEqual([
      { text: 'こうしえん こう し えん', weight: 1.5 },
      { text: '子ども こども', weight: 0.5 },
    ]);
  });
  it('leaves out an empty block', () => {
    expect(hiddenTerms({ readings: ['いまづ'], variants: [] })).toHaveLength(1);
  });
});
