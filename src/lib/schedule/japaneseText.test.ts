import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '../../schema/hub';
import { asOfJa, dateWithEraJa, dayJa, hoursJa, scheduleSummaryJa, timeJa, weekdaysJa } from './japaneseText';

describe('japaneseText', () => {
  it('writes times the way the city does', () => {
    expect(timeJa('09:00')).toBe('9時');
    expect(timeJa('09:30')).toBe('9時半');
    expect(timeJa('10:15')).toBe('10時15分');
    expect(hoursJa('09:30', '15:30')).toBe('9時半〜15時半');
  });

  it('compresses runs of three or more weekdays', () => {
    expect(weekdaysJa(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('月曜〜土曜');
    expect(weekdaysJa(['mon', 'wed', 'thu', 'fri', 'sat'])).toBe('月曜・水曜〜土曜');
    expect(weekdaysJa(['sat', 'mon'])).toBe('月曜・土曜');
    expect(weekdaysJa(['tue', 'wed'])).toBe('火曜・水曜');
  });

  it('summarises a weekly schedule with its closures', () => {
    const schedule = scheduleSchema.parse({
      kind: 'weekly',
      weekdays: ['mon', 'wed', 'thu', 'fri', 'sat'],
      opens: '10:00',
      closes: '16:00',
    });
    expect(scheduleSummaryJa(schedule)).toBe('月曜・水曜〜土曜 10時〜16時(祝日・年末年始休み)');
    expect(scheduleSummaryJa({ ...schedule, overYearEnd: 'open' })).toBe('月曜・水曜〜土曜 10時〜16時(祝日休み)');
    expect(scheduleSummaryJa({ ...schedule, overYearEnd: 'unconfirmed' })).toBe(
      '月曜・水曜〜土曜 10時〜16時(祝日休み。年末年始の開所は拠点にお問い合わせください)',
    );
    expect(scheduleSummaryJa({ ...schedule, closedOnHolidays: false, overYearEnd: 'unconfirmed' })).toBe(
      '月曜・水曜〜土曜 10時〜16時(年末年始の開所は拠点にお問い合わせください)',
    );
    expect(scheduleSummaryJa(schedule, { from: '12-28', to: '01-04' })).toBe(
      '月曜・水曜〜土曜 10時〜16時(祝日・年末年始(12月28日〜1月4日)休み)',
    );
  });

  it('summarises per-weekday hours and irregular schedules', () => {
    const perDay = scheduleSchema.parse({
      kind: 'weekly',
      weekdays: ['mon', 'sat'],
      opens: '10:00',
      closes: '16:00',
      hoursByWeekday: [{ weekday: 'sat', opens: '10:00', closes: '12:00' }],
      closedOnHolidays: false,
      overYearEnd: 'open',
    });
    expect(scheduleSummaryJa(perDay)).toBe('月曜・土曜 10時〜16時(土曜は10時〜12時)');
    const irregular = scheduleSchema.parse({
      kind: 'irregular',
      opens: '10:00',
      closes: '17:00',
      note: '週4日(曜日固定なし)',
    });
    expect(scheduleSummaryJa(irregular)).toBe('週4日(曜日固定なし) 10時〜17時');
  });

  it('dates a printed page without leading zeros', () => {
    expect(asOfJa('2026-12-01')).toBe('2026年12月1日現在');
    expect(asOfJa('2027-01-20')).toBe('2027年1月20日現在');
  });

  it('writes dates with the Japanese era', () => {
    expect(dateWithEraJa('2026-11-25')).toBe('2026年(令和8年)11月25日');
    expect(dateWithEraJa('2019-05-01')).toBe('2019年(令和元年)5月1日');
    expect(dateWithEraJa('2019-04-30')).toBe('2019年(平成31年)4月30日');
    expect(dayJa('2026-11-25')).toBe('11月25日(水)');
  });
});
