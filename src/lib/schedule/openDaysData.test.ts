import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import { buildSite } from '../site/site';
import { decodeOpenDays, encodeOpenDays, STATUS_DAYS_AHEAD, statusOpenDays } from './openDaysData';
import { openingStatus } from './openingStatus';
import { addDays, instantAt } from './tokyoCalendar';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');
const NOW = new Date('2026-09-15T12:00:00+09:00');
const site = buildSite(loadContent(FIXTURE), NOW);

describe('open days on the status element', () => {
  it('round-trips dates and hours, writing hours only where they differ from the usual', () => {
    const days = [
      { date: '2026-10-05', opens: '10:00', closes: '17:00' },
      { date: '2026-10-06', opens: '13:00', closes: '17:00', note: '午後のみ' },
      { date: '2026-10-07', opens: '10:00', closes: '17:00' },
    ];
    const text = encodeOpenDays(
      [...days, { date: '2026-11-02', opens: '10:00', closes: '17:00' }],
      '2026-10-01',
      '2026-12-31',
    );
    expect(text).toBe('10:00-17:00;2026-12-31;2026-10:05,06=13:00-17:00,07;2026-11:02');
    // Nothing an HTML attribute would have to escape.
    expect(text).not.toMatch(/["'&<>]/);
    expect(decodeOpenDays(encodeOpenDays(days, '2026-10-01', '2026-12-31'))).toEqual({
      until: '2026-12-31',
      days: days.map(({ date, opens, closes }) => ({ date, opens, closes })),
      unconfirmed: [],
    });
  });

  it('rejects anything else, so the build-time text stays', () => {
    for (const bad of [
      null,
      '',
      'not data',
      '10:00-16:00;2026-12-31;10/5',
      '10:00-16:00;2026-12-31;2026-10:5',
      '10:00-16:00;31.12.2026;2026-10:05',
      '10時;2026-12-31;2026-10:05',
      ';2026-12-31;2026-10:05',
    ]) {
      expect(decodeOpenDays(bad)).toBeUndefined();
    }
  });

  it('has no days to give when nothing is coming up', () => {
    expect(decodeOpenDays(encodeOpenDays([], '2026-10-01', '2026-12-31'))).toEqual({
      days: [],
      unconfirmed: [],
      until: '2026-12-31',
    });
  });

  it('carries the days residents must ask about (an unconfirmed year end) in date order', () => {
    const days = [
      { date: '2026-12-28', opens: '09:00', closes: '15:00' },
      { date: '2027-01-04', opens: '09:00', closes: '15:00' },
    ];
    const unconfirmed = ['2026-12-29', '2026-12-30', '2026-12-31'];
    const text = encodeOpenDays(days, '2026-12-01', '2027-01-31', unconfirmed);
    expect(text).toBe('09:00-15:00;2027-01-31;2026-12:28,29?,30?,31?;2027-01:04');
    expect(decodeOpenDays(text)).toEqual({ days, unconfirmed, until: '2027-01-31' });
  });

  it('gives the browser the same status the build computes, hour by hour over the coming weeks', () => {
    for (const view of site.hubs) {
      const decoded = decodeOpenDays(statusOpenDays(view.openDays, site.today));
      expect(decoded?.until).toBe(addDays(site.today, STATUS_DAYS_AHEAD));
      for (let hour = 0; hour < 24 * 40; hour += 1) {
        const now = new Date(NOW.getTime() + hour * 3_600_000);
        expect(openingStatus(decoded?.days ?? [], now), `${view.hub.slug} ${now.toISOString()}`).toEqual(
          openingStatus(view.openDays, now),
        );
      }
    }
  });

  it('covers the special opening on スポーツの日 and skips the closure', () => {
    const weekday = site.hubs.find((view) => view.hub.slug === 'weekday-hub');
    const days = decodeOpenDays(statusOpenDays(weekday?.openDays ?? [], site.today))?.days ?? [];
    expect(days.find((day) => day.date === '2026-10-12')).toEqual({
      date: '2026-10-12',
      opens: '13:00',
      closes: '16:00',
    });
    expect(days.some((day) => day.date === '2026-10-07')).toBe(false);
    expect(openingStatus(days, instantAt('2026-10-07', '11:00')).text).toBe(
      'いまは閉まっています。次の開所は10月8日(木) 10時〜16時です。',
    );
  });
});
