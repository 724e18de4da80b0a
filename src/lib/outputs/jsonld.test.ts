import { describe, expect, it } from 'vitest';
import { operatingMonthSchema } from '../../schema/calendar';
import { weekdayOf } from '../schedule/tokyoCalendar';
import { SAMPLE_NOW, sampleSettings, sampleSite } from '../site/sampleSite.fixture';
import { type Site, siteHub } from '../site/site';
import { hubJsonLd, serializeJsonLd } from './jsonld';

const site = sampleSite();
const SITE_URL = 'https://example.jp/';

function hubData(slug: string, from = site) {
  const view = from.hubs.find((candidate) => candidate.hub.slug === slug);
  if (!view) throw new Error(`no fixture hub ${slug}`);
  return hubJsonLd(view, from.settings, SITE_URL, from.window);
}

/** The sample site with weekday-hub's calendar months replaced by these. */
function withMonths(months: unknown[], now = SAMPLE_NOW): Site {
  const base = sampleSite(now);
  const hubs = base.hubs.map((view) =>
    view.hub.slug === 'weekday-hub'
      ? siteHub(
          { file: view.file, data: view.hub, body: '' },
          months.map((month) => ({ data: operatingMonthSchema.parse(month) })),
          sampleSettings,
          now,
        )
      : view,
  );
  return { ...base, hubs };
}

/** The entries that cover a date, whether alone or as part of a range. */
function special(data: ReturnType<typeof hubData>, date: string) {
  return data.specialOpeningHoursSpecification.filter(
    (entry) => (entry.validFrom ?? '') <= date && date <= (entry.validThrough ?? ''),
  );
}

describe('hubJsonLd', () => {
  it('describes the hub as a CivicStructure in 兵庫県西宮市', () => {
    const data = hubData('weekday-hub');
    expect(data['@type']).toBe('CivicStructure');
    expect(data.name).toBe('テスト平日サロン');
    expect(data.url).toBe('https://example.jp/hubs/weekday-hub/');
    expect(data.telephone).toBe('0798-00-0001');
    expect(data.address).toEqual({
      '@type': 'PostalAddress',
      addressCountry: 'JP',
      addressRegion: '兵庫県',
      addressLocality: '西宮市',
      streetAddress: '六湛寺町10-3',
    });
    expect(data.geo).toBeUndefined();
  });

  it('states the weekly pattern, with per-weekday hours as their own entry', () => {
    expect(hubData('weekday-hub').openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        opens: '10:00',
        closes: '16:00',
      },
    ]);
    const holidayHub = hubData('holiday-hub').openingHoursSpecification;
    expect(holidayHub).toHaveLength(2);
    expect(holidayHub[1]).toMatchObject({
      dayOfWeek: ['https://schema.org/Saturday'],
      opens: '10:00',
      closes: '12:00',
    });
  });

  it('closes national holidays and citizens’ holidays on the usual days', () => {
    const data = hubData('weekday-hub');
    // 2026-09-21 敬老の日 (Mon), 2026-09-22 国民の休日 (Tue), 2026-09-23 秋分の日 (Wed): three names, three entries
    for (const date of ['2026-09-21', '2026-09-22', '2026-09-23']) {
      expect(special(data, date)).toEqual([
        expect.objectContaining({
          opens: '00:00',
          closes: '00:00',
          validFrom: date,
          validThrough: date,
          name: expect.stringMatching(/^祝日/),
        }),
      ]);
    }
    // Sunday is not a usual day: nothing to say about it.
    expect(special(data, '2026-09-20')).toEqual([]);
    // An ordinary Monday: the weekly pattern covers it.
    expect(special(data, '2026-09-14')).toEqual([]);
  });

  it('states the year end as one range, whole even where it runs past the months shown', () => {
    const december = sampleSite(new Date('2026-12-10T12:00:00+09:00'));
    const yearEnd = hubData('weekday-hub', december).specialOpeningHoursSpecification.filter(
      (entry) => entry.name === '年末年始のため休み',
    );
    expect(yearEnd).toEqual([
      // Mon–Fri hub: 2027-01-02 and 01-03 fall on the weekend, which the weekly pattern already closes.
      expect.objectContaining({ opens: '00:00', closes: '00:00', validFrom: '2026-12-29', validThrough: '2027-01-01' }),
    ]);
    const november = sampleSite(new Date('2026-11-20T12:00:00+09:00'));
    const fromNovember = hubData('weekday-hub', november).specialOpeningHoursSpecification;
    expect(fromNovember.find((entry) => entry.name === '年末年始のため休み')).toMatchObject({
      validFrom: '2026-12-29',
      validThrough: '2027-01-01',
    });
  });

  it('says only what the page shows: this month and next', () => {
    const dates = hubData('weekday-hub').specialOpeningHoursSpecification.map((entry) => entry.validFrom ?? '');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date >= '2026-09-01' && date <= '2026-10-31')).toBe(true);
    // 2027-03-22 振替休日 lies in the feed window but not on the page.
    expect(special(hubData('weekday-hub'), '2027-03-22')).toEqual([]);
  });

  it('states dated closures and special openings from the calendars', () => {
    const data = hubData('weekday-hub');
    expect(special(data, '2026-10-07')).toEqual([
      expect.objectContaining({ opens: '00:00', closes: '00:00', name: '臨時休業(設備点検のため)' }),
    ]);
    expect(special(data, '2026-10-12')).toEqual([
      expect.objectContaining({ opens: '13:00', closes: '16:00', name: '特別開所(スポーツの日の特別開所)' }),
    ]);
  });

  it('lists the irregular hub’s announced days and nothing else', () => {
    const data = hubData('irregular-hub');
    expect(data.openingHoursSpecification).toEqual([]);
    expect(data.specialOpeningHoursSpecification.map((entry) => [entry.validFrom, entry.validThrough])).toEqual([
      ['2026-10-01', '2026-10-02'],
      ['2026-10-05', '2026-10-05'],
      ['2026-10-06', '2026-10-06'],
      ['2026-10-07', '2026-10-08'],
      ['2026-10-12', '2026-10-12'],
    ]);
    expect(special(data, '2026-10-06')[0]).toMatchObject({ opens: '13:00', closes: '17:00', name: '運営日(午後のみ)' });
  });

  it('names a 臨時休業 on a national holiday or in the year end as the calendar does', () => {
    // 2026-09-21 敬老の日 and 2026-12-29 (年末年始) are usual days of weekday-hub, closed anyway; staff add a closure.
    const months = [
      { hub: 'weekday-hub', month: '2026-09', closures: [{ date: '2026-09-21', reason: '施設点検のため' }] },
      { hub: 'weekday-hub', month: '2026-12', closures: [{ date: '2026-12-29', reason: '大掃除のため' }] },
    ];
    const september = withMonths(months);
    const onHoliday = september.hubs.find((view) => view.hub.slug === 'weekday-hub');
    const calendarDay = onHoliday?.calendars
      .flatMap((grid) => grid.weeks.flat())
      .find((day) => day?.date === '2026-09-21');
    expect(calendarDay).toMatchObject({ open: false, reason: 'closure', label: '施設点検のため' });
    expect(special(hubData('weekday-hub', september), '2026-09-21')).toEqual([
      expect.objectContaining({ opens: '00:00', closes: '00:00', name: '臨時休業(施設点検のため)' }),
    ]);
    const december = withMonths(months, new Date('2026-12-10T12:00:00+09:00'));
    const entries = hubData('weekday-hub', december).specialOpeningHoursSpecification;
    expect(special(hubData('weekday-hub', december), '2026-12-29')).toEqual([
      expect.objectContaining({ validFrom: '2026-12-29', validThrough: '2026-12-29', name: '臨時休業(大掃除のため)' }),
    ]);
    expect(entries.find((entry) => entry.name === '年末年始のため休み')).toMatchObject({
      validFrom: '2026-12-30',
      validThrough: '2027-01-01',
    });
  });

  it('runs a 臨時休業 past the months shown with its reason', () => {
    // Shown: August and September 2026; the closure runs Wed 09-30 to Thu 10-01.
    const august = withMonths(
      [
        { hub: 'weekday-hub', month: '2026-09', closures: [{ date: '2026-09-30', reason: '改装のため' }] },
        { hub: 'weekday-hub', month: '2026-10', closures: [{ date: '2026-10-01', reason: '改装のため' }] },
      ],
      new Date('2026-08-20T12:00:00+09:00'),
    );
    expect(special(hubData('weekday-hub', august), '2026-09-30')).toEqual([
      expect.objectContaining({ validFrom: '2026-09-30', validThrough: '2026-10-01', name: '臨時休業(改装のため)' }),
    ]);
  });

  it('states a closed usual day exactly when the calendar shows one, with the same reason', () => {
    const site = withMonths([
      { hub: 'weekday-hub', month: '2026-09', closures: [{ date: '2026-09-22', reason: '研修のため' }] },
      {
        hub: 'weekday-hub',
        month: '2026-10',
        closures: [
          { date: '2026-10-13', reason: '研修のため' },
          { date: '2026-10-18', reason: '日曜の行事のため' },
        ],
      },
    ]);
    for (const view of site.hubs) {
      const data = hubData(view.hub.slug, site);
      const { schedule } = view.hub;
      const usual = (date: string) => schedule.kind === 'weekly' && schedule.weekdays.includes(weekdayOf(date));
      for (const day of view.calendars.flatMap((grid) => grid.weeks.flat())) {
        if (!day || day.open) continue;
        const closedEntries = special(data, day.date).filter((entry) => entry.opens === '00:00');
        const unsaid = ['notScheduled', 'notAnnounced', 'yearEndUnconfirmed'].includes(day.reason);
        if (!usual(day.date) || unsaid) {
          expect(closedEntries, day.date).toEqual([]);
          continue;
        }
        const prefix = { holiday: '祝日', yearEnd: '年末年始', closure: '臨時休業' }[day.reason as 'holiday'];
        expect(closedEntries, `${view.hub.slug} ${day.date}`).toEqual([
          expect.objectContaining({ name: expect.stringMatching(new RegExp(`^${prefix}`)) }),
        ]);
      }
    }
  });

  it('keeps holidays open for a hub that opens on them', () => {
    // 2026-09-21 敬老の日 is a Monday; holiday-hub opens on holidays.
    expect(special(hubData('holiday-hub'), '2026-09-21')).toEqual([]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot end the script element and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->', line: '\u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
