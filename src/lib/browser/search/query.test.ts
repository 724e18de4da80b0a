import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './query';

describe('normalizeQuery', () => {
  it('folds half-width katakana and full-width Latin, and tidies spaces', () => {
    expect(normalizeQuery('ｶﾌｪ')).toBe('カフェ');
    expect(normalizeQuery('ﾏﾘﾅ')).toBe('マリナ');
    expect(normalizeQuery('ＣＡＦＥ')).toBe('CAFE');
    expect(normalizeQuery('　甲子園　 土曜日 ')).toBe('甲子園 土曜日');
  });
  it('leaves hiragana and kanji as typed', () => {
    expect(normalizeQuery('こうしえん')).toBe('こうしえん');
    expect(normalizeQuery('子ども')).toBe('子ども');
  });
});
