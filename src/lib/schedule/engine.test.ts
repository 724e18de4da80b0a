import { describe, expect, it } from 'vitest';
import { operatingMonthSchema } from '../../schema/calendar';
import { type Schedule, scheduleSchema } from '../../schema/hub';
import { dayClassifier, dayStatuses, isInYearEnd, openDaysOf, unconfirmedDaysOf } from './engine';
import { isOpenAt, nextOpening } from './openingStatus';
import { datesBetween } from './tokyoCalendar';
import { type DateRange, DEFAULT_YEAR_END, type HubCalendarSource } from './types';

const weekly = (overrides: Partial<Schedule> = {}): Schedule =>
  scheduleSchema.parse({
    kind: 'weekly',
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    opens: '10:00',
    closes: '16:00',
    ...overrides,
  });

const source = (schedule: Schedule, months: unknown[] = []): HubCalendarSource => ({
  schedule,
  months: months.map((month) => operatingMonthSchema.parse(month)),
  yearEnd: DEFAULT_YEAR_END,
});

const openDays = (hub: HubCalendarSource, range: DateRange) =>
  openDaysOf(dayStatuses(hub, datesBetween(range.from, range.to)));

describe('dayClassifier', () => {
  it('closes on 2026-09-22, the citizens holiday between two holidays', () => {
    const classify = dayClassifier(source(weekly()));
    expect(classify('2026-09-21')).toMatchObject({ open: false, reason: 'holiday', label: '敬老の日' });
    expect(classify('2026-09-22')).toMatchObject({ open: false, reason: 'holiday', label: '休日' }); // holiday_jp's name for 国民の休日
    expect(classify('2026-09-24')).toMatchObject({ open: true, opens: '10:00', closes: '16:00' });
  });

  it('closes on 2027-03-22, a substitute holiday', () => {
    const classify = dayClassifier(source(weekly()));
    expect(classify('2027-03-22')).toMatchObject({ open: false, reason: 'holiday', label: '春分の日 振替休日' });
    expect(classify('2027-03-23')).toMatchObject({ open: true });
  });

  it('stays open on holidays when the hub says so', () => {
    const classify = dayClassifier(source(weekly({ closedOnHolidays: false })));
    expect(classify('2026-09-22')).toMatchObject({ open: true });
  });

  it('closes over the year end from 12/29 to 1/3 inclusive', () => {
    const days = openDays(source(weekly()), { from: '2026-12-25', to: '2027-01-08' }).map((day) => day.date);
    expect(days).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
    ]);
  });

  it('keeps the year end open for hubs that only close on holidays, but 1/1 is still a holiday', () => {
    const days = openDays(source(weekly({ overYearEnd: 'open' })), { from: '2026-12-28', to: '2027-01-04' }).map(
      (day) => day.date,
    );
    expect(days).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']);
  });

  it('neither opens nor closes a hub over a year end it has not confirmed, except its holidays', () => {
    const classify = dayClassifier(source(weekly({ overYearEnd: 'unconfirmed' })));
    expect(classify('2026-12-28')).toMatchObject({ open: true });
    expect(classify('2026-12-29')).toEqual({ open: false, date: '2026-12-29', reason: 'yearEndUnconfirmed' });
    expect(classify('2027-01-01')).toMatchObject({ open: false, reason: 'holiday', label: '元日' });
    expect(classify('2027-01-04')).toMatchObject({ open: true });
    const dates = datesBetween('2026-12-28', '2027-01-04');
    expect(unconfirmedDaysOf(dates.map(classify))).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('reads nothing into a month of a hub without fixed days that has only a notice attached', () => {
    const irregular = scheduleSchema.parse({ kind: 'irregular', opens: '10:00', closes: '17:00', note: '週4日' });
    const notice = operatingMonthSchema.parse({ hub: 'x', month: '2026-12', daysDocument: '/documents/x-2026-12.pdf' });
    const classify = dayClassifier({ schedule: irregular, months: [notice], yearEnd: DEFAULT_YEAR_END });
    expect(classify('2026-12-07')).toEqual({ open: false, date: '2026-12-07', reason: 'notAnnounced' });
  });

  it('honours a hub-specific year-end period', () => {
    expect(isInYearEnd('2026-12-28', { from: '12-28', to: '01-05' })).toBe(true);
    expect(isInYearEnd('2027-01-05', { from: '12-28', to: '01-05' })).toBe(true);
    expect(isInYearEnd('2027-01-06', { from: '12-28', to: '01-05' })).toBe(false);
    expect(isInYearEnd('2026-08-14', { from: '08-13', to: '08-16' })).toBe(true);
  });

  it('closes on a one-off closure on an otherwise open day, with its reason', () => {
    const classify = dayClassifier(
      source(weekly(), [{ hub: 'x', month: '2026-10', closures: [{ date: '2026-10-07', reason: '設備点検のため' }] }]),
    );
    expect(classify('2026-10-07')).toEqual({
      open: false,
      date: '2026-10-07',
      reason: 'closure',
      label: '設備点検のため',
    });
    expect(classify('2026-10-08')).toMatchObject({ open: true });
  });

  it('opens on a special opening on a holiday, with its own hours and note', () => {
    const classify = dayClassifier(
      source(weekly(), [
        {
          hub: 'x',
          month: '2026-10',
          specialOpenings: [{ date: '2026-10-12', opens: '13:00', note: 'スポーツの日の特別開所' }],
        },
      ]),
    );
    expect(classify('2026-10-12')).toEqual({
      open: true,
      date: '2026-10-12',
      opens: '13:00',
      closes: '16:00',
      note: 'スポーツの日の特別開所',
      special: true,
    });
  });

  it('uses per-weekday hours', () => {
    const classify = dayClassifier(
      source(
        weekly({ weekdays: ['fri', 'sat'], hoursByWeekday: [{ weekday: 'sat', opens: '10:00', closes: '12:00' }] }),
      ),
    );
    expect(classify('2026-11-27')).toMatchObject({ opens: '10:00', closes: '16:00' });
    expect(classify('2026-11-28')).toMatchObject({ opens: '10:00', closes: '12:00' });
    expect(classify('2026-11-29')).toMatchObject({ open: false, reason: 'notScheduled' });
  });

  it('opens an irregular hub on exactly the listed days, and tells unannounced months apart', () => {
    const irregular = scheduleSchema.parse({
      kind: 'irregular',
      opens: '10:00',
      closes: '17:00',
      note: '週4日(曜日固定なし)',
    });
    const hub = source(irregular, [
      { hub: 'x', month: '2026-10', openDays: [{ date: '2026-10-01' }, { date: '2026-10-12', closes: '12:00' }] },
    ]);
    const days = openDays(hub, { from: '2026-09-01', to: '2026-11-30' });
    expect(days).toEqual([
      { date: '2026-10-01', opens: '10:00', closes: '17:00' },
      { date: '2026-10-12', opens: '10:00', closes: '12:00' },
    ]);
    const classify = dayClassifier(hub);
    expect(classify('2026-10-02')).toMatchObject({ open: false, reason: 'notScheduled' });
    expect(classify('2026-11-02')).toMatchObject({ open: false, reason: 'notAnnounced' });
  });
});

describe('isOpenAt and nextOpening', () => {
  const days = openDays(source(weekly()), { from: '2026-11-01', to: '2026-12-31' });

  it('is open between opening and closing time in Tokyo, whatever the machine zone', () => {
    expect(isOpenAt(days, new Date('2026-11-25T01:00:00Z'))).toBe(true); // 10:00 JST Wed
    expect(isOpenAt(days, new Date('2026-11-25T06:59:59Z'))).toBe(true); // 15:59:59 JST
    expect(isOpenAt(days, new Date('2026-11-25T07:00:00Z'))).toBe(false); // 16:00 JST closes
    expect(isOpenAt(days, new Date('2026-11-25T00:59:00Z'))).toBe(false); // 09:59 JST
    expect(isOpenAt(days, new Date('2026-11-23T02:00:00Z'))).toBe(false); // 勤労感謝の日
  });

  it('finds the next opening across weekends and holidays', () => {
    // Friday 2026-11-20 17:00 JST: Saturday, Sunday closed, Monday 11/23 is 勤労感謝の日.
    expect(nextOpening(days, new Date('2026-11-20T08:00:00Z'))?.date).toBe('2026-11-24');
    // During opening hours the day under way is the answer.
    expect(nextOpening(days, new Date('2026-11-24T03:00:00Z'))?.date).toBe('2026-11-24');
    // Nothing after the last listed day.
    expect(nextOpening(days, new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
  });
});
