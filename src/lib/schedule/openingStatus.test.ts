import { describe, expect, it } from 'vitest';
import { openingStatus } from './openingStatus';

const days = [
  { date: '2026-11-24', opens: '10:00', closes: '16:00' },
  { date: '2026-11-26', opens: '09:30', closes: '15:30' },
];

describe('openingStatus', () => {
  it('says open, with today’s hours, during opening hours in Tokyo', () => {
    expect(openingStatus(days, new Date('2026-11-24T03:00:00Z'))).toEqual({
      open: true,
      text: 'いま開いています(本日は10時〜16時)。',
    });
  });

  it('says when it opens later today', () => {
    expect(openingStatus(days, new Date('2026-11-23T23:00:00Z')).text).toBe(
      'いまは開所時間外です。本日は10時〜16時に開きます。',
    );
  });

  it('names the next open day after closing time', () => {
    expect(openingStatus(days, new Date('2026-11-24T08:00:00Z'))).toEqual({
      open: false,
      text: 'いまは閉まっています。次の開所は11月26日(木) 9時半〜15時半です。',
    });
  });

  it('says honestly when no day is known', () => {
    expect(openingStatus([], new Date('2026-11-24T03:00:00Z')).text).toBe(
      '次の開所日はまだ決まっていません。拠点にお問い合わせください。',
    );
  });

  it('never calls an unconfirmed year end open or closed: it sends the reader to the hub', () => {
    const yearEnd = [
      { date: '2026-12-28', opens: '10:00', closes: '16:00' },
      { date: '2027-01-04', opens: '10:00', closes: '16:00' },
    ];
    const unconfirmed = ['2026-12-29', '2026-12-30', '2026-12-31'];
    // 12/28 after closing: the next known opening (1/4) is not the next opening.
    expect(openingStatus(yearEnd, new Date('2026-12-28T08:00:00Z'), { unconfirmed })).toEqual({
      open: false,
      text: 'いまは閉まっています。12月29日(火)からの年末年始の開所は拠点にお問い合わせください。',
    });
    expect(openingStatus(yearEnd, new Date('2026-12-30T03:00:00Z'), { unconfirmed }).text).toBe(
      '本日は年末年始です。年末年始の開所は拠点にお問い合わせください。',
    );
    // Past the period, the usual answer again; during opening hours before it, too.
    expect(openingStatus(yearEnd, new Date('2027-01-01T03:00:00Z'), { unconfirmed }).text).toBe(
      'いまは閉まっています。次の開所は1月4日(月) 10時〜16時です。',
    );
    expect(openingStatus(yearEnd, new Date('2026-12-28T03:00:00Z'), { unconfirmed }).open).toBe(true);
  });
});
