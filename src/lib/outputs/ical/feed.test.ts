import path from 'node:path';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../content/load';
import { datesBetween, instantAt } from '../../schedule/tokyoCalendar';
import { buildSite, type Site, type SiteHub } from '../../site/site';
import {
  allHubsFeed,
  allHubsFeedCoverageJa,
  eventUid,
  FEED_TIMEZONE,
  hubFeed,
  PRODUCT_ID,
  SUBSCRIPTION_LIMITS,
} from './feed';
import { ALL_HUBS_FEED_MAX_HUBS, googleCalendarUrl, hubFeedPath, offersAllHubsFeed, webcalUrl } from './urls';

const FIXTURE = path.resolve(import.meta.dirname, '../../../../tests/fixtures/small');
const NOW = new Date('2026-09-15T12:00:00+09:00');
const CHANGED = new Date('2026-09-01T08:30:00+09:00');
const BASE = 'https://kyosei.example.jp/';

let site: Site;
const hub = (slug: string): SiteHub => {
  const view = site.hubs.find((candidate) => candidate.hub.slug === slug);
  if (!view) throw new Error(`no hub ${slug}`);
  // A change time with a time of day, to see it written in UTC.
  return { ...view, changed: CHANGED };
};

interface Occurrence {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
}

function parse(text: string): { calendar: ICAL.Component; events: Occurrence[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      description: event.description,
      location: event.location,
    };
  });
  return { calendar, events };
}

const eventOn = (events: Occurrence[], date: string) =>
  events.find((event) => event.uid.includes(date.replaceAll('-', '')));

beforeAll(() => {
  site = buildSite(loadContent(FIXTURE), NOW);
});

describe('hubFeed', () => {
  it('has one event per open day at the hub hours in Tokyo, whatever the machine zone', () => {
    const view = hub('weekday-hub');
    const { events } = parse(hubFeed(view, site.settings, BASE));
    expect(events).toHaveLength(view.openDays.length);
    expect(events.map((event) => event.start)).toEqual(
      view.openDays.map((day) => instantAt(day.date, day.opens).toISOString()),
    );
    expect(eventOn(events, '2026-10-01')).toMatchObject({
      start: '2026-10-01T01:00:00.000Z',
      end: '2026-10-01T07:00:00.000Z',
      summary: 'テスト平日サロン 開所',
      location: '兵庫県西宮市六湛寺町10-3',
    });
  });

  it('leaves out holidays, the year end and closures, and keeps a special opening with its note', () => {
    const { events } = parse(hubFeed(hub('weekday-hub'), site.settings, BASE));
    // 敬老の日, 国民の休日, 振替休日, a closure, the year end (12/29 and 1/1).
    for (const closed of ['2026-09-21', '2026-09-22', '2027-03-22', '2026-10-07', '2026-12-29', '2027-01-01']) {
      expect(eventOn(events, closed), closed).toBeUndefined();
    }
    // The working days either side of the year end.
    expect(eventOn(events, '2026-12-28')).toBeDefined();
    expect(eventOn(events, '2027-01-04')).toBeDefined();
    expect(eventOn(events, '2026-10-12')).toMatchObject({
      start: '2026-10-12T04:00:00.000Z',
      end: '2026-10-12T07:00:00.000Z',
      summary: 'テスト平日サロン 特別開所',
      description:
        '開所時間: 13時〜16時\n特別開所: スポーツの日の特別開所\n電話: 0798-00-0001\nくわしくは: https://kyosei.example.jp/hubs/weekday-hub/',
    });
  });

  it('uses per-weekday hours and opens on holidays when the hub says so', () => {
    const { events } = parse(hubFeed(hub('holiday-hub'), site.settings, BASE));
    expect(eventOn(events, '2026-09-21')?.start).toBe('2026-09-21T00:30:00.000Z'); // 敬老の日, Monday 9:30
    expect(eventOn(events, '2026-09-19')).toMatchObject({
      start: '2026-09-19T01:00:00.000Z',
      end: '2026-09-19T03:00:00.000Z',
    });
    expect(eventOn(events, '2027-01-02')).toBeDefined(); // Saturday, no year-end closure
    expect(eventOn(events, '2026-09-22')).toBeUndefined(); // Tuesday: not one of its days
    expect(events[0]?.location).toBe('兵庫県西宮市甲子園浦風町1-1 テストビル1階');
  });

  it('gives the irregular hub exactly its listed days, with the day note', () => {
    const { events } = parse(hubFeed(hub('irregular-hub'), site.settings, BASE));
    expect(events.map((event) => event.uid)).toEqual(
      ['20261001', '20261002', '20261005', '20261006', '20261007', '20261008', '20261012'].map(
        (day) => `irregular-hub-${day}@kyosei.example.jp`,
      ),
    );
    expect(eventOn(events, '2026-10-06')).toMatchObject({
      start: '2026-10-06T04:00:00.000Z',
      end: '2026-10-06T08:00:00.000Z',
      description: expect.stringContaining('お知らせ: 午後のみ'),
    });
  });

  it('stays a valid calendar with the Tokyo VTIMEZONE when no day is known', () => {
    const text = hubFeed({ ...hub('irregular-hub'), openDays: [] }, site.settings, BASE);
    const { calendar, events } = parse(text);
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Asia/Tokyo',
    ]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('テスト不定期の間 開所日');
  });

  it('writes the calendar properties subscribers rely on, and no METHOD', () => {
    const text = hubFeed(hub('weekday-hub'), site.settings, BASE);
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT12H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('月曜〜金曜 10時〜16時(祝日・年末年始休み)');
    expect(calendar.getFirstPropertyValue('source')).toBe('https://kyosei.example.jp/hubs/weekday-hub/calendar.ics');
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('stamps events with the content change time in UTC and stable UIDs', () => {
    const text = hubFeed(hub('weekday-hub'), site.settings, BASE);
    const stamps = new Set(text.match(/^DTSTAMP:[^\r\n]*/gm));
    expect([...stamps]).toEqual(['DTSTAMP:20260831T233000Z']);
    expect(text).toContain('UID:weekday-hub-20261012@kyosei.example.jp\r\n');
    expect(eventUid('a-hub', '2027-03-22', 'localhost')).toBe('a-hub-20270322@localhost');
  });

  it('keeps the event UIDs of a hub that moved to a new URL, so subscribers see no duplicates', () => {
    const view = hub('weekday-hub');
    const moved = { ...view, hub: { ...view.hub, slug: 'weekday-hub-moved', formerSlugs: ['weekday-hub'] } };
    const uids = (text: string) => text.match(/^UID:[^\r\n]*/gm);
    const before = hubFeed(view, site.settings, BASE);
    const after = hubFeed(moved, site.settings, BASE);
    expect(uids(after)).toEqual(uids(before));
    expect(after).toContain('/hubs/weekday-hub-moved/');
  });

  it('is byte-identical when built twice, with lines of at most 75 octets ending in CRLF', () => {
    const first = hubFeed(hub('weekday-hub'), site.settings, BASE);
    expect(hubFeed(hub('weekday-hub'), site.settings, BASE)).toBe(first);
    expect(first.endsWith('\r\n')).toBe(true);
    const lines = first.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
  });
});

describe('allHubsFeed', () => {
  it('holds every hub open day of its window once, with unique UIDs, starting today', () => {
    const feed = allHubsFeed(site.hubs, site.settings, BASE, site.today);
    if (!feed) throw new Error('no combined feed');
    const { calendar, events } = parse(feed.text);
    const inWindow = site.hubs.flatMap((view) =>
      view.openDays.filter((day) => day.date >= feed.window.from && day.date <= feed.window.to),
    );
    expect(feed.window.from).toBe('2026-09-15');
    expect(events).toHaveLength(inWindow.length);
    expect(feed.events).toBe(inWindow.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(inWindow.length);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('西宮市 共生型地域交流拠点 開所日');
    expect(calendar.getFirstPropertyValue('source')).toBe('https://kyosei.example.jp/hubs/all.ics');
  });

  it('stays inside what Google Calendar keeps of a subscription, and says how far it reaches', () => {
    const many = Array.from({ length: 40 }, (_, index) =>
      site.hubs.map((view) => ({ ...view, hub: { ...view.hub, slug: `${view.hub.slug}-${index}` } })),
    ).flat();
    const feed = allHubsFeed(many, site.settings, BASE, site.today);
    if (!feed) throw new Error('no combined feed');
    const { events } = parse(feed.text);
    expect(events.length).toBe(feed.events);
    expect(events.length).toBeLessThan(SUBSCRIPTION_LIMITS.events);
    expect(Buffer.byteLength(feed.text)).toBeLessThan(SUBSCRIPTION_LIMITS.bytes);
    // A shorter window than a hub's own feed, but the longest that fits.
    expect(feed.window.to < site.window.to).toBe(true);
    const longer = allHubsFeed(many.slice(0, 9), site.settings, BASE, site.today);
    expect(longer && longer.window.to > feed.window.to).toBe(true);
    expect(allHubsFeedCoverageJa(feed.window)).toContain('2026年9月15日(火)から');
  });

  it('is the same object for the same site, so the pages and the feed agree', () => {
    expect(allHubsFeed(site.hubs, site.settings, BASE, site.today)).toBe(
      allHubsFeed(site.hubs, site.settings, BASE, site.today),
    );
  });
});

describe('every event', () => {
  it('is transparent, so an open hub never marks the reader busy', () => {
    const text = hubFeed(hub('weekday-hub'), site.settings, BASE);
    const events = nodeIcal.sync.parseICS(text);
    const vevents = Object.values(events).filter((component) => component?.type === 'VEVENT') as VEvent[];
    expect(vevents.length).toBeGreaterThan(0);
    expect(vevents.every((event) => event.transparency === 'TRANSPARENT')).toBe(true);
    expect(text.match(/^TRANSP:TRANSPARENT\r$/gm)?.length).toBe(vevents.length);
  });

  it('a hub open every day stays well inside the subscription limits in its own feed', () => {
    const view = hub('weekday-hub');
    const everyDay = datesBetween(site.window.from, site.window.to).map((date) => ({
      date,
      opens: '09:00',
      closes: '17:00',
      special: false,
    }));
    const daily = { ...view, openDays: everyDay };
    const text = hubFeed(daily, site.settings, BASE);
    expect(parse(text).events.length).toBeLessThan(SUBSCRIPTION_LIMITS.events / 2);
    expect(Buffer.byteLength(text)).toBeLessThan(SUBSCRIPTION_LIMITS.bytes / 4);
  });
});

describe('subscription URLs', () => {
  it('builds webcal and Google Calendar links from the https feed URL', () => {
    const feed = new URL(hubFeedPath('machi-cafe-nagomi'), BASE).href;
    expect(webcalUrl(feed)).toBe('webcal://kyosei.example.jp/hubs/machi-cafe-nagomi/calendar.ics');
    const google = googleCalendarUrl(feed);
    expect(google).toBe(
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fkyosei.example.jp%2Fhubs%2Fmachi-cafe-nagomi%2Fcalendar.ics',
    );
    expect(google.length).toBeLessThanOrEqual(256);
  });
});

describe('the all-hubs feed', () => {
  it('exists for a city and not at a scale no calendar app accepts', () => {
    expect(offersAllHubsFeed(9)).toBe(true);
    expect(offersAllHubsFeed(ALL_HUBS_FEED_MAX_HUBS)).toBe(true);
    expect(offersAllHubsFeed(ALL_HUBS_FEED_MAX_HUBS + 1)).toBe(false);
  });
});

describe('written by ical-generator', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Each event's start and end as Tokyo wall-clock times, read through the feed's own VTIMEZONE. */
  function tokyoTimesWithIcalJs(text: string): { uid: string; start: string; end: string }[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const local = (time: ICAL.Time) => time.convertToZone(zone).toString().slice(0, 16);
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return { uid: event.uid, start: local(event.startDate), end: local(event.endDate) };
    });
  }

  function instantsWithNodeIcal(text: string): { uid: string; start: string; end: string }[] {
    return Object.values(nodeIcal.sync.parseICS(text))
      .filter((item): item is VEvent => item?.type === 'VEVENT')
      .map((event) => ({
        uid: event.uid,
        start: new Date(event.start).toISOString(),
        end: event.end ? new Date(event.end).toISOString() : 'no DTEND',
      }));
  }

  it('parses back with ical.js and node-ical to the open days at their Tokyo hours', () => {
    for (const view of site.hubs.map((candidate) => hub(candidate.hub.slug))) {
      const text = hubFeed(view, site.settings, BASE);
      const uid = (date: string) => eventUid(view.hub.slug, date, 'kyosei.example.jp');
      expect(tokyoTimesWithIcalJs(text), view.hub.slug).toEqual(
        view.openDays.map((day) => ({
          uid: uid(day.date),
          start: `${day.date}T${day.opens}`,
          end: `${day.date}T${day.closes}`,
        })),
      );
      expect(instantsWithNodeIcal(text), view.hub.slug).toEqual(
        view.openDays.map((day) => ({
          uid: uid(day.date),
          start: instantAt(day.date, day.opens).toISOString(),
          end: instantAt(day.date, day.closes).toISOString(),
        })),
      );
    }
  });

  it('writes UTC times with no zone parameter, one Asia/Tokyo VTIMEZONE after the calendar properties', () => {
    const text = hubFeed(hub('weekday-hub'), site.settings, BASE);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain(`PRODID:${PRODUCT_ID}`);
    // The VTIMEZONE's own DTSTART is a local time by definition: only the events' times count.
    const eventLines = lines.slice(lines.indexOf('BEGIN:VEVENT'));
    const times = eventLines.filter((line) => /^(DTSTAMP|DTSTART|DTEND)[:;]/.test(line));
    expect(times.length).toBeGreaterThan(0);
    expect(times.filter((line) => !/^(DTSTAMP|DTSTART|DTEND):\d{8}T\d{6}Z$/.test(line))).toEqual([]);
    expect(lines.filter((line) => /^(TIMEZONE-ID|X-WR-TIMEZONE|METHOD)[:;]/.test(line))).toEqual([]);
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    const zoneAt = lines.indexOf('BEGIN:VTIMEZONE');
    expect(lines[zoneAt - 1]).toBe('X-PUBLISHED-TTL:PT12H');
    expect(lines[zoneAt + 1]).toBe(`TZID:${FEED_TIMEZONE}`);
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('gives the same bytes whatever the clock and the process zone', () => {
    const view = hub('weekday-hub');
    const zone = process.env.TZ;
    const first = hubFeed(view, site.settings, BASE);
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      for (const [tz, now] of [
        ['UTC', '2030-01-01T00:00:00Z'],
        ['America/Los_Angeles', '2026-03-08T10:30:00Z'],
        ['Asia/Tokyo', '2026-12-31T15:00:00Z'],
      ] as const) {
        process.env.TZ = tz;
        vi.setSystemTime(new Date(now));
        expect(hubFeed(view, site.settings, BASE) === first, `${tz} at ${now}`).toBe(true);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('escapes the text it writes verbatim and folds at whole characters', () => {
    const base = hub('weekday-hub');
    const name = 'テスト、交流サロン, 西宮; 𠮷野\\家の間'.repeat(3);
    const note = '午後のみ, 雨天中止;\n詳しくは電話で 🌸';
    const view: SiteHub = {
      ...base,
      hub: { ...base.hub, name },
      openDays: [{ date: '2026-10-01', opens: '10:00', closes: '16:00', special: true, note }],
    };
    const text = hubFeed(view, site.settings, BASE);
    const physical = text.slice(0, -2).split('\r\n');
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    for (const line of physical) expect(line).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    // ical.js gives NAME and X-* values as written: the TEXT escaping is checked on the line.
    const escaped = name.replace(/[\\;,]/g, (char) => `\\${char}`);
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded).toContain(`NAME:${escaped} 開所日`);
    expect(unfolded).toContain(`X-WR-CALNAME:${escaped} 開所日`);
    expect(unfolded.find((line) => line.startsWith('X-WR-CALDESC:'))).toContain(`「${escaped}」`);
    const { events } = parse(text);
    expect(events).toEqual([
      expect.objectContaining({
        summary: `${name} 特別開所`,
        description: expect.stringContaining(`特別開所: ${note}\n`),
        start: '2026-10-01T01:00:00.000Z',
      }),
    ]);
  });
});
