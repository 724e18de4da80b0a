import { describe, expect, it } from 'vitest';
import { kanaRowOf } from './kanaRows';

describe('kanaRowOf', () => {
  it('files a reading under the row of its first kana', () => {
    expect(kanaRowOf('まちかふぇなごみ')).toBe('ま行');
    expect(kanaRowOf('あいあい')).toBe('あ行');
    expect(kanaRowOf('ゆいかふぇ')).toBe('や行');
    expect(kanaRowOf('をかし')).toBe('わ行');
    expect(kanaRowOf('んー')).toBe('わ行');
  });

  it('files voiced, half-voiced and small kana under the plain letter', () => {
    expect(kanaRowOf('がっこう')).toBe('か行');
    expect(kanaRowOf('ぷちだがしやさん')).toBe('は行');
    expect(kanaRowOf('ゔぃれっじ')).toBe('あ行');
    expect(kanaRowOf('ぁぁ')).toBe('あ行');
    expect(kanaRowOf('っと')).toBe('た行');
  });

  it('skips the marks and spaces a reading may start with, and files nothing without kana', () => {
    expect(kanaRowOf(' ・さくら')).toBe('さ行');
    expect(kanaRowOf('ー・ ')).toBeUndefined();
    expect(kanaRowOf('')).toBeUndefined();
  });
});
