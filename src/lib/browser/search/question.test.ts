import { describe, expect, it } from 'vitest';
import { searchRequest } from './question';

describe('searchRequest', () => {
  it('turns a weekday into the 開所曜日 filter, whatever way it is written', () => {
    for (const typed of ['日曜', '日曜日', 'にちようび', '日曜日に開いている', '日曜日に開いている拠点は？']) {
      expect(searchRequest(typed)).toEqual({ term: null, filters: { 開所曜日: ['日曜日'] }, yearEnd: false });
    }
  });
  it('keeps the rest of the query as text and the filters already chosen', () => {
    expect(searchRequest('甲子園 土曜日', { 町名: ['枝川町'] })).toEqual({
      term: '甲子園',
      filters: { 町名: ['枝川町'], 開所曜日: ['土曜日'] },
      yearEnd: false,
    });
    expect(searchRequest('月曜 水曜', { 開所曜日: ['月曜日'] }).filters).toEqual({ 開所曜日: ['月曜日', '水曜日'] });
  });
  it('asks for every hub when the question is about the year end', () => {
    for (const typed of ['お正月', '正月', '年末年始', '元日', '大晦日も開いている']) {
      expect(searchRequest(typed)).toEqual({ term: null, filters: { 種別: ['拠点'] }, yearEnd: true });
    }
    expect(searchRequest('お正月 鳴尾').term).toBe('鳴尾');
  });
  it('leaves other queries as typed (normalised), including words that only look like days', () => {
    expect(searchRequest('ｶﾌｪ')).toEqual({ term: 'カフェ', filters: {}, yearEnd: false });
    expect(searchRequest('かよういばしょ').term).toBe('かよういばしょ');
    expect(searchRequest('')).toEqual({ term: '', filters: {}, yearEnd: false });
  });
});
