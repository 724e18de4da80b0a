import { describe, expect, it } from 'vitest';
import { sampleSite } from './__fixtures__/sampleSite';
import { hubJsonLd, serializeJsonLd } from './jsonld';

const site = sampleSite();
const SITE_URL = 'https://example.jp/';

function hubData(slug: string) {
  const view = site.hubs.find((candidate) => candidate.hub.slug === slug);
  if (!view) throw new Error(`no fixture hub ${slug}`);
  return hubJsonLd(view, site.settings, SITE_URL, site.window);
}

function special(data: ReturnType<typeof hubData>, date: string) {
  return data.specialOpeningHoursSpecification.filter((entry) => entry.validFrom === date);
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

  it('closes national holidays, substitute and citizens’ holidays and the year end on the usual days', () => {
    const data = hubData('weekday-hub');
    // 2026-09-22 国民の休日 (Tue), 2026-09-21 敬老の日 (Mon), 2027-03-22 振替休日 (Mon)
    for (const date of ['2026-09-21', '2026-09-22', '2027-03-22']) {
      expect(special(data, date)).toEqual([
        expect.objectContaining({
          opens: '00:00',
          closes: '00:00',
          validThrough: date,
          name: expect.stringMatching(/^祝日/),
        }),
      ]);
    }
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']) {
      expect(special(data, date)[0]).toMatchObject({ opens: '00:00', closes: '00:00' });
    }
    // Sunday is not a usual day: nothing to say about it.
    expect(special(data, '2026-09-20')).toEqual([]);
    // An ordinary Monday: the weekly pattern covers it.
    expect(special(data, '2026-09-14')).toEqual([]);
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
    expect(data.specialOpeningHoursSpecification.map((entry) => entry.validFrom)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-12',
    ]);
    expect(special(data, '2026-10-06')[0]).toMatchObject({ opens: '13:00', closes: '17:00', name: '運営日(午後のみ)' });
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
