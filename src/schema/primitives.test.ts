import { describe, expect, it } from 'vitest';
import { mediaPath, monthDay, yearEndProblems } from './primitives';

describe('monthDay', () => {
  it('takes days some year has and refuses the rest', () => {
    expect(monthDay.parse('１２／２９')).toBe('12-29');
    expect(monthDay.parse('02-29')).toBe('02-29');
    for (const day of ['02-30', '04-31', '13-01', '00-10']) expect(monthDay.safeParse(day).success, day).toBe(false);
  });
});

describe('yearEndProblems', () => {
  it.each([
    ['12-29', '01-03'],
    ['12-28', '12-31'],
    ['01-01', '01-03'],
    ['12-15', '01-15'],
    [undefined, '01-05'],
    ['12-26', undefined],
  ])('accepts %s → %s around New Year', (from, to) => {
    expect(yearEndProblems(from, to)).toEqual([]);
  });

  it.each([
    ['02-28', '01-03', 'from', '12月15日〜1月15日の間'],
    ['12-29', '03-31', 'to', '12月15日〜1月15日の間'],
    ['12-14', '01-03', 'from', '12月15日〜1月15日の間'],
    ['01-03', '12-29', 'to', '始まりより後'],
    ['12-31', '12-29', 'to', '始まりより後'],
    ['01-05', '01-02', 'to', '始まりより後'],
  ])('refuses %s → %s', (from, to, end, message) => {
    expect(yearEndProblems(from, to)).toEqual([[end, expect.stringContaining(message)]]);
  });
});

describe('mediaPath', () => {
  const photo = mediaPath('写真');
  it('takes a photo Decap saved in the photo folder', () => {
    for (const src of [
      '/images/hubs/photo-20261001-0a1b2c3d.png',
      '/images/hubs/entrance_1.JPG',
      '/images/hubs/a.webp',
    ])
      expect(photo.safeParse(src).success, src).toBe(true);
  });

  it('refuses any other address', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'https://evil.example/a.png',
      '//evil.example/a.png',
      '/images/hubs/../../admin/a.png',
      '/images/hubs/sub/a.png',
      '/favicon.svg',
      '/images/hubs/a.svg',
      '/images/hubs/a.png?x=1',
      'images/hubs/a.png',
    ])
      expect(photo.safeParse(src).success, src).toBe(false);
  });
});
