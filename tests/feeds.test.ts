import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load';
import { allHubsFeed, SUBSCRIPTION_LIMITS } from '../src/lib/outputs/ical/feed';
import { qrCodeSvg } from '../src/lib/outputs/ical/qr';
import { hubFeedPath } from '../src/lib/outputs/ical/urls';
import { instantAt } from '../src/lib/schedule/tokyoCalendar';
import { buildSite as computeSite, type Site } from '../src/lib/site/site';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { PUBLIC_ORIGIN, SHARED_BUILDS, type SharedBuildName, sharedBuild } from './support/sharedBuilds';
import { type BuildResult, FIXTURE_EPOCH } from './support/site';

/**
 * Every feed the build writes, parsed back by two independent parsers and compared with
 * the schedule engine, day by day over the whole window; plus the hub page's subscribe
 * block, its status script in a browser far from Tokyo, and the printed flyer.
 */

const SITE_URL = PUBLIC_ORIGIN;
const NOW = new Date(Number(FIXTURE_EPOCH) * 1000);

interface Occurrence {
  uid: string;
  start: string;
  end: string;
}

interface Built {
  result: BuildResult;
  site: Site;
  host: string;
  feeds: Map<string, string>;
}

function icsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return icsFiles(dir, relative);
    return entry.name.endsWith('.ics') ? [relative] : [];
  });
}

/** A build shared with other test files (tests/support/sharedBuilds.ts), removed when the run ends. */
function build(name: SharedBuildName, host: string): Built {
  const { contentDir } = SHARED_BUILDS[name];
  const result = sharedBuild(name);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  const feeds = new Map(icsFiles(result.outDir).map((file) => [file, result.read(file)]));
  return { result, site: computeSite(loadContent(contentDir), NOW), host, feeds };
}

/** What the engine says a feed must hold: the English feed of a hub holds the same events. */
function expectedOccurrences(built: Built, feedFile: string): Occurrence[] {
  const file = feedFile.replace(/^en\//, '');
  const views =
    file === 'hubs/all.ics'
      ? built.site.hubs
      : built.site.hubs.filter((view) => file === hubFeedPath(view.hub.slug).slice(1));
  if (views.length === 0) throw new Error(`no hub for feed ${file}`);
  // The combined feed covers a shorter window (SUBSCRIPTION_LIMITS), from the build's day.
  const combined =
    file === 'hubs/all.ics' ? allHubsFeed(built.site.hubs, built.site.settings, SITE_URL, built.site.today) : null;
  const inFeed = (date: string) => !combined || (date >= combined.window.from && date <= combined.window.to);
  return views
    .flatMap((view) =>
      view.openDays
        .filter((day) => inFeed(day.date))
        .map((day) => ({
          uid: `${view.hub.slug}-${day.date.replaceAll('-', '')}@${built.host}`,
          start: instantAt(day.date, day.opens).toISOString(),
          end: instantAt(day.date, day.closes).toISOString(),
        })),
    )
    .sort(byUid);
}

const byUid = (a: Occurrence, b: Occurrence) => a.uid.localeCompare(b.uid);

function withIcalJs(text: string): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar
    .getAllSubcomponents('vevent')
    .flatMap((component) => {
      const event = new ICAL.Event(component);
      const iterator = event.iterator();
      const occurrences: Occurrence[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        occurrences.push({
          uid: event.uid,
          start: details.startDate.toJSDate().toISOString(),
          end: details.endDate.toJSDate().toISOString(),
        });
        if (occurrences.length > 1) break; // one event per day: a second occurrence is already wrong
      }
      return occurrences;
    })
    .sort(byUid);
}

function withNodeIcal(text: string, window: Site['window']): Occurrence[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const events = Object.values(parsed).filter((item): item is VEvent => item?.type === 'VEVENT');
  return events
    .flatMap((event) =>
      nodeIcal
        .expandRecurringEvent(event, {
          from: instantAt(window.from, '00:00'),
          to: instantAt(window.to, '23:59'),
        })
        .map((instance) => ({
          uid: event.uid,
          start: new Date(instance.start).toISOString(),
          end: new Date(instance.end).toISOString(),
        })),
    )
    .sort(byUid);
}

function assertWellFormed(file: string, text: string): void {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n'), file).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n'), file).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(
    lines.filter((line) => line.includes('\n') || line.includes('\r')),
    `${file}: bare LF or CR`,
  ).toEqual([]);
  expect(
    lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75),
    `${file}: lines over 75 octets`,
  ).toEqual([]);
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const stamps = unfolded.match(/^DTSTAMP[^\r]*/gm) ?? [];
  expect(
    stamps.filter((line) => !/^DTSTAMP:\d{8}T\d{6}Z$/.test(line)),
    `${file}: DTSTAMP not UTC`,
  ).toEqual([]);
  const zones = new Set([...unfolded.matchAll(/^TZID:([^\r]+)/gm)].map((match) => match[1]));
  expect(zones.has('Asia/Tokyo'), `${file}: Asia/Tokyo VTIMEZONE`).toBe(true);
  const referenced = [...unfolded.matchAll(/;TZID=([^:;\r]+)/g)].map((match) => match[1] as string);
  expect(
    referenced.filter((zone) => !zones.has(zone)),
    `${file}: TZID without VTIMEZONE`,
  ).toEqual([]);
  const uids = [...unfolded.matchAll(/^UID:([^\r]+)/gm)].map((match) => match[1]);
  expect(new Set(uids).size, `${file}: UIDs unique`).toBe(uids.length);
  expect(unfolded, `${file}: no METHOD`).not.toMatch(/^METHOD:/m);
  expect(unfolded).toMatch(/^X-WR-CALNAME:.+$/m);
  expect(unfolded).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT12H$/m);
  expect(unfolded).toMatch(/^X-PUBLISHED-TTL:PT12H$/m);
  // What Google Calendar keeps of a subscription, and no event that makes the reader busy.
  expect(uids.length, `${file}: events`).toBeLessThan(SUBSCRIPTION_LIMITS.events);
  expect(Buffer.byteLength(text), `${file}: bytes`).toBeLessThan(SUBSCRIPTION_LIMITS.bytes);
  expect(unfolded.match(/^TRANSP:TRANSPARENT$/gm)?.length ?? 0, `${file}: TRANSP`).toBe(uids.length);
}

let small: Built;
let smallInTokyo: Built;
let shipped: Built;
const figures: string[] = [];

beforeAll(() => {
  // The test process runs under America/Los_Angeles; the builds run under UTC and Asia/Tokyo.
  small = build('fixtureUtc', 'localhost');
  smallInTokyo = build('fixtureTokyo', 'localhost');
  shipped = build('shippedPublic', 'kyosei.example.jp');
});

afterAll(() => {
  if (figures.length > 0) console.info(figures.join('\n'));
});

describe.each([
  ['fixture content', () => small],
  ['shipped content', () => shipped],
])('feeds of the %s', (_name, built) => {
  it('writes one feed per hub, its English version, and one for all hubs', () => {
    const { feeds, site } = built();
    const perHub = site.hubs.map((view) => hubFeedPath(view.hub.slug).slice(1));
    expect([...feeds.keys()].sort()).toEqual(['hubs/all.ics', ...perHub, ...perHub.map((file) => `en/${file}`)].sort());
  });

  it('is well formed: CRLF, ≤ 75 octets, UTC DTSTAMP, zones declared, unique UIDs, no METHOD', () => {
    for (const [file, text] of built().feeds) assertWellFormed(file, text);
  });

  it('parses back with ical.js and node-ical to exactly the engine open days, date and hours', () => {
    const { feeds, site } = built();
    let events = 0;
    for (const [file, text] of feeds) {
      const expected = expectedOccurrences(built(), file);
      expect(withIcalJs(text), `${file} via ical.js`).toEqual(expected);
      expect(withNodeIcal(text, site.window), `${file} via node-ical`).toEqual(expected);
      if (file.startsWith('hubs/') && file !== 'hubs/all.ics') events += expected.length;
      figures.push(`${_name} ${file}: ${expected.length} events, ${Buffer.byteLength(text)} bytes, both parsers agree`);
    }
    expect(events).toBe(site.hubs.reduce((sum, view) => sum + view.openDays.length, 0));
  });
});

describe('feed facts that would catch a wrong day', () => {
  const occurrencesOf = (slug: string) =>
    withIcalJs(small.feeds.get(`hubs/${slug}/calendar.ics`) ?? '').map((occurrence) => ({
      ...occurrence,
      date: occurrence.uid.slice(slug.length + 1, slug.length + 9),
    }));

  it('keeps the window from the first day of last month to the end of the month a year ahead', () => {
    expect(small.site.window).toEqual({ from: '2026-08-01', to: '2027-09-30' });
    const days = occurrencesOf('weekday-hub').map((occurrence) => occurrence.date);
    expect(days[0]).toBe('20260803');
    expect(days.at(-1)).toBe('20270930');
  });

  it('closes the weekday hub on 国民の休日, 振替休日, the year end and its closure, and opens it on スポーツの日', () => {
    const weekday = occurrencesOf('weekday-hub');
    const dates = new Set(weekday.map((occurrence) => occurrence.date));
    for (const closed of ['20260922', '20270322', '20261229', '20261230', '20261231', '20270101', '20261007']) {
      expect(dates.has(closed), closed).toBe(false);
    }
    expect(dates.has('20261228') && dates.has('20270104') && dates.has('20260924')).toBe(true);
    expect(weekday.find((occurrence) => occurrence.date === '20261012')).toMatchObject({
      start: '2026-10-12T04:00:00.000Z',
      end: '2026-10-12T07:00:00.000Z',
    });
    const text = (small.feeds.get('hubs/weekday-hub/calendar.ics') ?? '').replace(/\r\n /g, '');
    expect(text).toContain('SUMMARY:テスト平日サロン 特別開所');
    expect(text).toContain('特別開所: スポーツの日の特別開所');
  });

  it('opens the hub that keeps holidays on 敬老の日 with its Saturday hours', () => {
    const holiday = occurrencesOf('holiday-hub');
    expect(holiday.find((occurrence) => occurrence.date === '20260921')?.start).toBe('2026-09-21T00:30:00.000Z');
    expect(holiday.find((occurrence) => occurrence.date === '20270102')).toMatchObject({
      start: '2027-01-02T01:00:00.000Z',
      end: '2027-01-02T03:00:00.000Z',
    });
  });

  it('gives the irregular hub exactly its listed days', () => {
    expect(occurrencesOf('irregular-hub').map((occurrence) => occurrence.date)).toEqual([
      '20261001',
      '20261002',
      '20261005',
      '20261006',
      '20261007',
      '20261008',
      '20261012',
    ]);
  });

  it('gives a shipped irregular hub with no listed days a valid empty feed, and its page says so', () => {
    const irregular = shipped.site.hubs.filter((view) => view.hub.schedule.kind === 'irregular');
    expect(irregular.length).toBeGreaterThan(0);
    for (const view of irregular.filter((candidate) => candidate.openDays.length === 0)) {
      const text = shipped.feeds.get(hubFeedPath(view.hub.slug).slice(1)) ?? '';
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
      expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
      expect(Object.values(nodeIcal.sync.parseICS(text)).some((item) => item?.type === 'VTIMEZONE')).toBe(true);
      const html = shipped.result.read(`hubs/${view.hub.slug}/index.html`);
      expect(html).toContain('運営日は月ごとにお知らせしています。');
      // A subscriber is told what the empty feed holds, and when days arrive.
      expect(html).toContain('いまは登録されている運営日がないため、カレンダーには予定が入っていません。');
    }
  });

  it('stamps each event with the content change time, never the build clock', () => {
    for (const view of small.site.hubs) {
      const text = small.feeds.get(hubFeedPath(view.hub.slug).slice(1)) ?? '';
      const stamps = new Set(text.match(/^DTSTAMP:[^\r]*/gm));
      if (view.openDays.length === 0) continue;
      expect(stamps.size, view.hub.slug).toBe(1);
      // Clamped to SOURCE_DATE_EPOCH: never later than the build instant.
      const stamp = [...stamps][0]?.replace(
        /^DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
        '$1-$2-$3T$4:$5:$6Z',
      );
      expect(new Date(stamp ?? '').getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('builds byte-identical feeds and hub pages under UTC and Asia/Tokyo', () => {
    expect([...smallInTokyo.feeds.keys()].sort()).toEqual([...small.feeds.keys()].sort());
    for (const [file, text] of small.feeds) expect(smallInTokyo.feeds.get(file) === text, file).toBe(true);
    for (const view of small.site.hubs) {
      const page = `hubs/${view.hub.slug}/index.html`;
      expect(smallInTokyo.result.read(page) === small.result.read(page), page).toBe(true);
    }
  });
});

describe('「カレンダーに登録」 on hub pages', () => {
  it('offers webcal, Google Calendar, the https address, a download and a labelled build-time QR code', () => {
    for (const view of shipped.site.hubs) {
      const html = shipped.result.read(`hubs/${view.hub.slug}/index.html`);
      const https = `${SITE_URL}/hubs/${view.hub.slug}/calendar.ics`;
      const webcal = `webcal://kyosei.example.jp/hubs/${view.hub.slug}/calendar.ics`;
      expect(html).toContain(`href="${webcal}"`);
      expect(html).toContain(`href="https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}"`);
      expect(html).toContain(`<code class="feed-url">${https}</code>`);
      expect(html).toMatch(new RegExp(`<a href="${https}" download="${view.hub.slug}.ics"`));
      expect(html).toContain(
        `<img class="qr-code" src="/hubs/${view.hub.slug}/calendar-qr.svg" alt="${view.hub.name}の開所日をカレンダーに登録するためのQRコード"`,
      );
      expect(html).toContain('href="/calendar-help/"');
      // The download is a one-time copy; subscribing is what stays current.
      expect(html).toContain('今の開所日を一度だけ取り込む写しです。後からの変更は反映されません。');
      expect(html).toMatch(/data-open-days="(\d{2}:\d{2}-\d{2}:\d{2})?;\d{4}-\d{2}-\d{2}[;"]/);
      // The status script is an external file: no inline script on content pages (JSON-LD is data, not script).
      expect(html.match(/<script(?![^>]*\s(src=|type="application\/ld\+json"))[^>]*>/g)).toBeNull();
    }
  });

  it('serves each QR code as an SVG file that opens the https subscribe section (Android opens no webcal:)', async () => {
    for (const view of shipped.site.hubs) {
      const section = `${SITE_URL}/hubs/${view.hub.slug}/#subscribe-heading`;
      expect(shipped.result.read(`hubs/${view.hub.slug}/calendar-qr.svg`)).toBe(await qrCodeSvg(section));
      expect(shipped.result.read(`hubs/${view.hub.slug}/index.html`)).toContain('<h2 id="subscribe-heading">');
    }
    expect(shipped.result.read('hubs/all-qr.svg')).toBe(await qrCodeSvg(`${SITE_URL}/calendar-help/#all-hubs-heading`));
    expect(shipped.result.read('calendar-help/index.html')).toContain('<h2 id="all-hubs-heading">');
  });

  it('has a help page that links the all-hubs calendar', () => {
    const html = shipped.result.read('calendar-help/index.html');
    expect(html).toContain('<h1>カレンダーへの登録のしかた</h1>');
    expect(html).toContain('href="webcal://kyosei.example.jp/hubs/all.ics"');
    for (const heading of ['iPhone・iPad・Mac の場合', 'Android・Google カレンダーの場合', 'Outlook の場合']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('12〜24時間');
    const combined = allHubsFeed(shipped.site.hubs, shipped.site.settings, SITE_URL, shipped.site.today);
    expect(combined?.window.from).toBe(shipped.site.today);
    expect(html).toContain(`まとめたカレンダーには、${combined?.window.from.slice(0, 4)}年`);
  });
});

describe('in a browser', () => {
  let browser: Browser;
  let fixtureServer: StaticServer;
  let shippedServer: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtureServer = await serveStatic(small.result.outDir);
    shippedServer = await serveStatic(shipped.result.outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await fixtureServer?.close();
    await shippedServer?.close();
  });

  async function statusAt(instant: string, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US', ...options });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${fixtureServer.origin}/hubs/weekday-hub/`);
    await page.waitForLoadState('networkidle');
    const status = page.locator('[data-opening-status]');
    const result = {
      text: (await status.textContent())?.trim(),
      className: await status.getAttribute('class'),
      browserZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
      phoneLinks: await status
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      // Where the calendars' 今日 marker stands: month-day of each marked cell.
      todayMarks: await page
        .locator('.month-calendar td[aria-current="date"]')
        .evaluateAll((cells) =>
          cells.map((cell) => `${cell.closest('table')?.dataset.month}-${cell.querySelector('.date')?.textContent}`),
        ),
      todayLabels: await page.locator('.month-calendar .today').count(),
      problems,
    };
    await context.close();
    return result;
  }

  const BUILD_TEXT = 'いま開いています(本日は10時〜16時)。';

  it('rewrites the status in Tokyo time when the reader is in New York', async () => {
    const cases: Array<[string, string, string]> = [
      // スポーツの日 special opening, 14:00 in Tokyo (01:00 in New York).
      ['2026-10-12T14:00:00+09:00', 'いま開いています(本日は13時〜16時)。', 'is-open'],
      // The closure day: the next opening is the day after.
      ['2026-10-07T11:00:00+09:00', 'いまは閉まっています。次の開所は10月8日(木) 10時〜16時です。', 'is-closed'],
      // 08:00 Tuesday in Tokyo is still Monday (a holiday) 19:00 in New York.
      ['2026-10-13T08:00:00+09:00', 'いまは開所時間外です。本日は10時〜16時に開きます。', 'is-closed'],
      // 国民の休日 in Tokyo.
      ['2026-09-22T12:00:00+09:00', 'いまは閉まっています。次の開所は9月24日(木) 10時〜16時です。', 'is-closed'],
    ];
    for (const [instant, text, className] of cases) {
      const result = await statusAt(instant);
      expect(result.browserZone).toBe('America/New_York');
      expect(result.text, instant).toBe(text);
      expect(result.text).not.toBe(BUILD_TEXT);
      expect(result.className, instant).toBe(className);
      expect(result.problems, instant).toEqual([]);
    }
  });

  it('keeps the build-time text with JavaScript off', async () => {
    const off = await statusAt('2026-10-07T11:00:00+09:00', { javaScriptEnabled: false });
    expect(off.text).toBe(BUILD_TEXT);
    expect(off.todayMarks).toEqual(['2026-09-15']);
  });

  it("moves the calendars' 今日 marker to the reader's day in Tokyo", async () => {
    // 22:00 on the 6th in New York is already the 7th in Tokyo.
    const result = await statusAt('2026-10-07T11:00:00+09:00');
    expect(result.todayMarks).toEqual(['2026-10-7']);
    expect(result.todayLabels).toBe(1);
  });

  it('past the days the page carries, says it may be out of date and gives the phone, never a past date', async () => {
    const result = await statusAt('2027-05-07T11:00:00+09:00');
    expect(result.text).toBe(
      'このページの開所日は古くなっている可能性があります。お出かけの前に、拠点にお電話でお確かめください(電話 0798-00-0001)。',
    );
    expect(result.phoneLinks).toEqual(['tel:0798000001']);
    expect(result.text).not.toMatch(/次の開所|いま開いています/);
    expect(result.todayMarks).toEqual([]);
    expect(result.todayLabels).toBe(0);
    expect(result.problems).toEqual([]);
  });

  it('loads a status script of a few KB', async () => {
    const html = small.result.read('hubs/weekday-hub/index.html');
    const src = html.match(/<script type="module" src="([^"]+)"/)?.[1] ?? '';
    const bytes = readFileSync(path.join(small.result.outDir, src)).length;
    figures.push(`status script ${src}: ${bytes} bytes`);
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThan(5_000);
  });

  it('prints every shipped hub page as a one-page A4 flyer with the QR code', async () => {
    const page: Page = await browser.newPage();
    for (const view of shipped.site.hubs) {
      await page.goto(`${shippedServer.origin}/hubs/${view.hub.slug}/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      const qr = page.locator('.subscribe-qr img.qr-code');
      expect(await qr.isVisible()).toBe(true);
      expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
      // A hub with no known days prints what it says instead of two months of 未定.
      expect(await page.locator('.month-calendar').count()).toBe(view.awaitingDays ? 0 : 2);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;
      figures.push(`flyer ${view.hub.slug}: ${pages} page(s), ${pdf.length} bytes`);
      expect(pages, view.hub.slug).toBe(1);
    }
    await page.close();
  });
});
