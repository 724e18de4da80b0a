import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import { DEFAULT_YEAR_END } from '../schedule/types';
import { needlessCalendarDays } from './calendarDayRules';
import { loadContent } from './load';
import { contentWarnings } from './programRules';

const content = loadContent(path.resolve(import.meta.dirname, '../../../tests/fixtures/small'));
const hub = (slug: string): Hub => {
  const entry = content.hubs.find((candidate) => candidate.data.slug === slug);
  if (!entry) throw new Error(slug);
  return entry.data;
};
const month = (days: Partial<OperatingMonth> & { month: string }): OperatingMonth => ({
  hub: 'weekday-hub',
  openDays: [],
  closures: [],
  specialOpenings: [],
  ...days,
});

describe('needlessCalendarDays (a Monday-to-Friday hub closed on holidays and over the year end)', () => {
  const weekdays = hub('weekday-hub');

  it('says nothing for a 臨時休業 on an open day and a 特別開所 on a holiday', () => {
    const october = month({
      month: '2026-10',
      closures: [{ date: '2026-10-07', reason: '設備点検のため' }],
      specialOpenings: [{ date: '2026-10-12' }],
    });
    expect(needlessCalendarDays(weekdays, october, DEFAULT_YEAR_END)).toEqual([]);
  });

  it('points out a 臨時休業 on a Sunday, on a holiday and in the year end, saying why the day is closed anyway', () => {
    const messages = needlessCalendarDays(
      weekdays,
      month({ month: '2026-10', closures: [{ date: '2026-10-11', reason: '行事のため' }] }),
      DEFAULT_YEAR_END,
    );
    expect(messages).toEqual([
      '10月11日(日)の臨時休業: この日はもともとふだんの休みの曜日です。日付が正しいか確かめてください。',
    ]);
    const [holiday] = needlessCalendarDays(
      weekdays,
      month({ month: '2026-10', closures: [{ date: '2026-10-12', reason: '行事のため' }] }),
      DEFAULT_YEAR_END,
    );
    expect(holiday).toContain('祝日(スポーツの日)で休み');
    const [yearEnd] = needlessCalendarDays(
      weekdays,
      month({ month: '2026-12', closures: [{ date: '2026-12-29', reason: '大掃除のため' }] }),
      DEFAULT_YEAR_END,
    );
    expect(yearEnd).toContain('年末年始の休み');
  });

  it('takes a 臨時休業 or a 特別開所 over an unconfirmed year end as news, not a mistake', () => {
    const unconfirmed: Hub = { ...weekdays, schedule: { ...weekdays.schedule, overYearEnd: 'unconfirmed' } };
    const december = month({
      month: '2026-12',
      closures: [{ date: '2026-12-29', reason: '年末のため' }],
      specialOpenings: [{ date: '2026-12-30' }],
    });
    expect(needlessCalendarDays(unconfirmed, december, DEFAULT_YEAR_END)).toEqual([]);
  });

  it("follows the site's year-end period when the hub keeps none of its own", () => {
    const december = month({ month: '2026-12', closures: [{ date: '2026-12-28', reason: '大掃除のため' }] });
    expect(needlessCalendarDays(weekdays, december, DEFAULT_YEAR_END)).toEqual([]);
    expect(needlessCalendarDays(weekdays, december, { from: '12-28', to: '01-04' })).toHaveLength(1);
  });

  it('points out a 特別開所 on a day the hub opens anyway', () => {
    const messages = needlessCalendarDays(
      weekdays,
      month({ month: '2026-10', specialOpenings: [{ date: '2026-10-14' }] }),
      DEFAULT_YEAR_END,
    );
    expect(messages).toEqual([
      '10月14日(水)の特別開所: この日はふだんどおり開所する日です。ふだん休みの日(祝日など)に開くときだけ登録します。日付が正しいか確かめてください。',
    ]);
  });

  it('for a hub without fixed weekdays, a 臨時休業 on a day not announced as an operating day', () => {
    const irregular = hub('irregular-hub');
    const october = month({
      hub: 'irregular-hub',
      month: '2026-10',
      openDays: [{ date: '2026-10-01' }],
      closures: [
        { date: '2026-10-01', reason: '行事のため' },
        { date: '2026-10-02', reason: '行事のため' },
      ],
    });
    expect(needlessCalendarDays(irregular, october, DEFAULT_YEAR_END)).toEqual([
      '10月2日(金)の臨時休業: この日はもともと運営日に入っていない日です。日付が正しいか確かめてください。',
    ]);
  });

  it('is reported with the program warnings, under the calendar file', () => {
    const sunday = {
      file: 'calendars/weekday-hub-2026-11.yaml',
      data: month({ month: '2026-11', closures: [{ date: '2026-11-01', reason: '行事のため' }] }),
    };
    const warnings = contentWarnings(content.hubs, [sunday]);
    expect(warnings).toContainEqual({ file: sunday.file, message: expect.stringContaining('11月1日(日)の臨時休業') });
  });
});
