import { describe, expect, it } from 'vitest';
import { phrasesJa } from './phrases';

describe('phrasesJa', () => {
  it('cuts a status between phrases', () => {
    expect(phrasesJa('いまは開所時間外です。本日は9時〜16時に開きます。')).toEqual([
      'いまは',
      '開所時間外です。',
      '本日は',
      '9時〜16時に',
      '開きます。',
    ]);
  });

  it('keeps words whole: 年末年始休み, and 今日 where BudouX alone would cut it', () => {
    expect(phrasesJa('祝日・年末年始休み')).toEqual(['祝日・年末年始休み']);
    expect(phrasesJa('今日開いている拠点')).toEqual(['今日開いている', '拠点']);
  });

  it('cuts a long sentence between phrases, never inside 交流拠点 or 9時半', () => {
    const text = '共生型地域交流拠点は、地域のどなたでも気軽に立ち寄れる交流の場です。本日は9時半〜15時半に開きます。';
    const phrases = phrasesJa(text);
    expect(phrases.length).toBeGreaterThan(4);
    for (const word of ['交流拠点', '9時半', '15時半', '立ち寄れる']) {
      expect(
        phrases.some((phrase) => phrase.includes(word)),
        word,
      ).toBe(true);
    }
  });

  it('gives back exactly the text it was given', () => {
    for (const text of ['まちCafeなごみ', 'HAMACO:LIVING', '電話 0798-20-2333', '  空白 ', '未定']) {
      expect(phrasesJa(text).join('')).toBe(text);
    }
    expect(phrasesJa('')).toEqual([]);
  });
});
