import { describe, expect, it } from 'vitest';
import { hubSchema } from '../../schema/hub';
import { areaOf, fullAddress, mapSearchUrl, operatorName, telHref, townOf } from './hubFacts';

const hub = (patch: object = {}) =>
  hubSchema.parse({
    slug: 'x',
    name: '拠点',
    nameKana: 'きょてん',
    address: { street: '枝川町10-1', building: 'ファインシティ甲子園1階' },
    phone: '0798-20-0711',
    operator: { name: 'まちのね浜甲子園', kind: '一般社団法人' },
    schedule: { kind: 'weekly', weekdays: ['mon'], opens: '10:00', closes: '17:00' },
    ...patch,
  });

describe('hubFacts', () => {
  it('names operators as the city does', () => {
    expect(operatorName(hub())).toBe('一般社団法人まちのね浜甲子園');
    expect(operatorName(hub({ operator: { name: '結cafe運営委員会', kind: '運営委員会' } }))).toBe('結cafe運営委員会');
    expect(operatorName(hub({ operator: { name: 'はまカフェマリナ', kind: '運営委員会' } }))).toBe(
      'はまカフェマリナ運営委員会',
    );
    expect(operatorName(hub({ operator: { name: '特定非営利活動法人なごみ', kind: '特定非営利活動法人' } }))).toBe(
      '特定非営利活動法人なごみ',
    );
    expect(operatorName(hub({ operator: { name: '南甲子園つなぐ会' } }))).toBe('南甲子園つなぐ会');
  });

  it('finds the town in a street address', () => {
    expect(townOf('東鳴尾町2丁目16-19-102')).toBe('東鳴尾町');
    expect(townOf('西宮浜4丁目14-3')).toBe('西宮浜');
    expect(townOf('甲子園九番町5-9')).toBe('甲子園九番町');
  });

  it('uses the district when known, else the town', () => {
    expect(areaOf(hub())).toBe('枝川町');
    expect(areaOf(hub({ district: '今津' }))).toBe('今津地区');
  });

  it('builds the address, map search and tel: link', () => {
    expect(fullAddress(hub(), '西宮市')).toBe('西宮市枝川町10-1 ファインシティ甲子園1階');
    expect(mapSearchUrl(hub(), '兵庫県', '西宮市')).toBe(
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('兵庫県西宮市枝川町10-1')}`,
    );
    expect(telHref('0798-20-0711')).toBe('tel:0798200711');
  });
});
