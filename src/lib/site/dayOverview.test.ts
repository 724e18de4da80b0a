import { describe, expect, it } from 'vitest';
import { openCounts, openOn, statusesOn, weekFrom } from './dayOverview';
import { sampleSite } from './sampleSite.fixture';

describe('the home page overview', () => {
  it('lists only the hubs open today, with their hours that day', () => {
    // Monday 2026-10-05: the weekday hub, the Mon/Wed/Sat hub and the irregular hub's listed day.
    const site = sampleSite(new Date('2026-10-05T08:00:00+09:00'));
    const open = openOn(site.hubs, site.today);
    expect(open.map(({ view, day }) => [view.hub.slug, day.opens, day.closes])).toEqual(
      expect.arrayContaining([
        ['weekday-hub', '10:00', '16:00'],
        ['holiday-hub', '09:30', '15:30'],
        ['irregular-hub', '10:00', '17:00'],
      ]),
    );
    expect(open).toHaveLength(3);
    // Wednesday 2026-10-07: the weekday hub's closure; Tuesday 2026-10-13 nobody but the weekday hub.
    expect(
      openOn(site.hubs, '2026-10-07')
        .map(({ view }) => view.hub.slug)
        .sort(),
    ).toEqual(['holiday-hub', 'irregular-hub']);
    expect(openOn(site.hubs, '2026-10-13').map(({ view }) => view.hub.slug)).toEqual(['weekday-hub']);
  });

  it('gives each hub the engine status of the seven days from today, across a month end', () => {
    const site = sampleSite(new Date('2026-09-28T08:00:00+09:00'));
    const week = weekFrom(site.today);
    expect(week).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
    ]);
    const irregular = site.hubs.find((view) => view.hub.slug === 'irregular-hub');
    if (!irregular) throw new Error('no irregular hub');
    const statuses = statusesOn(irregular, week);
    expect(statuses.map((day) => (day.open ? 'open' : day.reason))).toEqual([
      'notAnnounced',
      'notAnnounced',
      'notAnnounced',
      'open',
      'open',
      'notScheduled',
      'notScheduled',
    ]);
  });

  it('counts the hubs open on each day of the week, and on any of them, as openOn lists them', () => {
    const site = sampleSite(new Date('2026-10-05T08:00:00+09:00'));
    const week = weekFrom(site.today);
    const { days, any } = openCounts(site.hubs, week);
    expect(days.map((day) => day.date)).toEqual(week);
    expect(days.map((day) => day.open)).toEqual(week.map((date) => openOn(site.hubs, date).length));
    expect(days[0]?.open).toBe(3);
    expect(any).toBe(site.hubs.filter((view) => view.openDays.some((day) => week.includes(day.date))).length);
    expect(openCounts(site.hubs, ['2030-01-01'])).toEqual({ days: [{ date: '2030-01-01', open: 0 }], any: 0 });
  });
});
