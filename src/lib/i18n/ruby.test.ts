import { describe, expect, it } from 'vitest';
import { rubySegments, rubyTextContent, withoutRuby } from './ruby';

describe('ふりがな marks', () => {
  it('splits a text into plain runs and words with their readings', () => {
    expect(rubySegments('あく {日|ひ}の {時間|じかん}')).toEqual([
      'あく ',
      { base: '日', reading: 'ひ' },
      'の ',
      { base: '時間', reading: 'じかん' },
    ]);
    expect(rubySegments('English only')).toEqual(['English only']);
  });

  it('reads as the words alone, or as a page shows them with the readings', () => {
    expect(withoutRuby('{祝日|しゅくじつ}は {休|やす}みです')).toBe('祝日は 休みです');
    expect(rubyTextContent('{祝日|しゅくじつ}は')).toBe('祝日しゅくじつは');
  });
});
