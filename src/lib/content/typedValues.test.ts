import { describe, expect, it } from 'vitest';
import {
  normaliseDate,
  normaliseDecimal,
  normaliseMonth,
  normaliseMonthDay,
  normalisePhone,
  normaliseTime,
  toHalfWidth,
} from './typedValues';

describe('values typed with a Japanese IME', () => {
  it('turns full-width digits, hyphens, colons and spaces half-width', () => {
    expect(toHalfWidth('　０７９８－２０－２３３３ ')).toBe('0798-20-2333');
    expect(toHalfWidth('０７９８ー２０ー２３３３')).toBe('0798-20-2333');
    expect(toHalfWidth('１６：００')).toBe('16:00');
    expect(toHalfWidth('0798−20‐2333')).toBe('0798-20-2333');
  });

  it.each([
    ['１６：００', '16:00'],
    ['16:00', '16:00'],
    ['1600', '16:00'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['16', '16:00'],
    ['16時', '16:00'],
    ['９時半', '09:30'],
    ['16時15分', '16:15'],
    ['25:00', '25:00'],
    ['16:75', '16:75'],
    ['午後4時', '午後4'],
  ])('reads the time %s as %s', (typed, stored) => {
    expect(normaliseTime(typed)).toBe(stored);
  });

  it.each([
    ['２０２７－０１－２０', '2027-01-20'],
    ['2027/1/20', '2027-01-20'],
    ['2027年1月20日', '2027-01-20'],
    ['2027年1月20日(水)', '2027-01-20'],
    ['20270120', '2027-01-20'],
    ['1/20', '1/20'],
  ])('reads the date %s as %s', (typed, stored) => {
    expect(normaliseDate(typed)).toBe(stored);
  });

  it.each([
    ['２０２７－０１', '2027-01'],
    ['2027/1', '2027-01'],
    ['2027年1月', '2027-01'],
    ['202701', '2027-01'],
    ['1月', '1月'],
  ])('reads the month %s as %s', (typed, stored) => {
    expect(normaliseMonth(typed)).toBe(stored);
  });

  it.each([
    ['１２－２９', '12-29'],
    ['12/29', '12-29'],
    ['1月3日', '01-03'],
    ['0103', '01-03'],
  ])('reads the month and day %s as %s', (typed, stored) => {
    expect(normaliseMonthDay(typed)).toBe(stored);
  });

  it('keeps the hyphens of a phone number where staff put them', () => {
    expect(normalisePhone('０９０－４８３１－１３０３')).toBe('090-4831-1303');
    expect(normalisePhone('0798 20 2333')).toBe('0798202333');
  });

  it('reads decimals, and leaves other text for the schema to refuse', () => {
    expect(normaliseDecimal('３４．７２３８')).toBe(34.7238);
    expect(normaliseDecimal('135.3622')).toBe(135.3622);
    expect(normaliseDecimal('北緯34度')).toBe('北緯34度');
  });
});
