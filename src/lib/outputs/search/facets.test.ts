import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../schema/hub';
import { WEEKDAY_JA, WEEKDAYS } from '../../../schema/primitives';
import { NO_FIXED_WEEKDAY, orderFilters, WEEKDAY_VALUES } from '../../browser/search/labels';
import { hubFacets, programPageFacets, yearEndAnswerJa } from './facets';

const base = {
  slug: 'yui-cafe',
  name: '結(ゆい)cafe',
  nameKana: 'ゆいかふぇ',
  address: { street: '浜脇町6-2', building: 'サンロイヤル浜脇103号室' },
  phone: '090-4831-1303',
  operator: { name: '結cafe運営委員会', kind: '運営委員会' },
  schedule: {
    kind: 'weekly',
    weekdays: ['fri', 'tue', 'thu', 'wed'],
    opens: '10:00',
    closes: '16:00',
    hoursByWeekday: [],
    closedOnHolidays: true,
    overYearEnd: 'unconfirmed',
  },
  audiences: ['高齢者', '子ども'],
  activities: ['交流'],
  photos: [],
} as unknown as Hub;
const yearEnd = { from: '12-29', to: '01-03' };

describe('hubFacets', () => {
  it('gives Japanese metadata and filters', () => {
    const facets = hubFacets({ hub: base, summary: '火曜〜金曜 10時〜16時', yearEnd }, '西宮市');
    expect(facets.meta).toEqual({
      住所: '西宮市浜脇町6-2 サンロイヤル浜脇103号室',
      開所日時: '火曜〜金曜 10時〜16時',
      電話: '090-4831-1303',
      年末年始: '年末年始の開所は拠点にお問い合わせください',
    });
    expect(facets.filters).toEqual({
      町名: ['浜脇町'],
      開所曜日: ['火曜日', '水曜日', '木曜日', '金曜日'],
      '対象・活動': ['高齢者', '子ども', '交流'],
      種別: ['拠点'],
    });
  });
  it('files every hub under its town, a known district or not, and marks hubs without fixed weekdays', () => {
    const hub = { ...base, district: '今津', schedule: { ...base.schedule, kind: 'irregular', weekdays: [] } } as Hub;
    const facets = hubFacets({ hub, summary: '', yearEnd }, '西宮市');
    expect(facets.filters.町名).toEqual(['浜脇町']);
    expect(facets.filters.開所曜日).toEqual([NO_FIXED_WEEKDAY]);
  });
});

describe('yearEndAnswerJa', () => {
  it('says the hub is closed only when it says so, and otherwise to ask', () => {
    const over = (overYearEnd: string) => ({ ...base, schedule: { ...base.schedule, overYearEnd } }) as Hub;
    expect(yearEndAnswerJa({ hub: over('closed'), yearEnd })).toBe('12月29日〜1月3日はお休みです');
    expect(yearEndAnswerJa({ hub: over('open'), yearEnd })).toBe('12月29日〜1月3日もふだんどおり開所します');
    expect(yearEndAnswerJa({ hub: base, yearEnd })).toBe('年末年始の開所は拠点にお問い合わせください');
  });
});

describe('programPageFacets', () => {
  it('marks program pages so residents can leave them out', () => {
    expect(programPageFacets().filters).toEqual({ 種別: ['制度の案内'] });
  });
});

describe('WEEKDAY_VALUES', () => {
  it('follows the schema weekdays, Monday first', () => {
    expect(WEEKDAY_VALUES).toEqual([...WEEKDAYS.map((day) => `${WEEKDAY_JA[day]}曜日`), NO_FIXED_WEEKDAY]);
  });
});

describe('orderFilters', () => {
  it('orders groups for reading and weekdays from Monday, whatever Pagefind sent', () => {
    const fromPagefind = {
      町名: { 今津出在家町: 1 },
      '対象・活動': { 交流: 9 },
      種別: { 制度の案内: 6, 拠点: 9 },
      開所曜日: { 土曜日: 3, 日曜日: 0, 曜日固定なし: 1, 月曜日: 8, 木曜日: 9, 水曜日: 9, 火曜日: 6, 金曜日: 9 },
    };
    const ordered = orderFilters(fromPagefind);
    expect(Object.keys(ordered)).toEqual(['町名', '開所曜日', '対象・活動', '種別']);
    expect(Object.keys(ordered.開所曜日 ?? {})).toEqual([
      '月曜日',
      '火曜日',
      '水曜日',
      '木曜日',
      '金曜日',
      '土曜日',
      '日曜日',
      '曜日固定なし',
    ]);
    expect(Object.keys(ordered.種別 ?? {})).toEqual(['拠点', '制度の案内']);
    expect(ordered.開所曜日?.木曜日).toBe(9);
  });
});
