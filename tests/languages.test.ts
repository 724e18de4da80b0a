/**
 * The site in Japanese, English and やさしい日本語 (issue 18), on the shipped content in Chromium:
 * each hub page in the three languages with hreflang both ways, the same days in every language,
 * the status refreshed in the page's own language, and ふりがな read once by a screen reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nodeIcal, { type VEvent } from 'node-ical';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_INFO, LOCALES, localePath } from '../src/lib/i18n/locales';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { LOCAL_ORIGIN, sharedBuild } from './support/sharedBuilds';
import { type BuildResult, SHIPPED_CONTENT } from './support/site';

const SLUGS = readdirSync(path.join(SHIPPED_CONTENT, 'hubs')).map((file) => file.replace(/\.md$/, ''));
let browser: Browser;
let server: StaticServer;
let build: BuildResult;

beforeAll(async () => {
  build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string, at?: string): Promise<Page> {
  const page = await browser.newPage();
  if (at) await page.clock.setFixedTime(new Date(at));
  const response = await page.goto(`${server.origin}${pathname}`);
  expect(response?.status(), pathname).toBe(200);
  return page;
}

/** An element's text as read, without the ふりがな over it. */
function withoutReadings(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const reading of copy.querySelectorAll('rt')) reading.remove();
  return copy.textContent ?? '';
}

/** What a hub page says about its days, language aside: each calendar cell's state, and the days its status reads. */
function daysOf(page: Page) {
  return page.evaluate(() => ({
    cells: [...document.querySelectorAll<HTMLTableCellElement>('table.month-calendar td.day')].map(
      (cell) => `${cell.closest('table')?.dataset.month}-${cell.querySelector('.date')?.textContent} ${cell.className}`,
    ),
    openDays: document.querySelector<HTMLElement>('[data-opening-status]')?.dataset.openDays,
  }));
}

describe('a hub page in three languages', () => {
  it.each(SLUGS)('%s links each version to the others with hreflang, in its own language', async (slug) => {
    const expected = Object.fromEntries(
      LOCALES.map((locale) => [LOCALE_INFO[locale].hreflang, `${LOCAL_ORIGIN}${localePath(`/hubs/${slug}/`, locale)}`]),
    );
    for (const locale of LOCALES) {
      const page = await open(localePath(`/hubs/${slug}/`, locale));
      const found = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        alternates: Object.fromEntries(
          [...document.querySelectorAll<HTMLLinkElement>('link[rel=alternate][hreflang]')].map((link) => [
            link.hreflang,
            link.href,
          ]),
        ),
      }));
      expect(found.lang).toBe(LOCALE_INFO[locale].lang);
      expect(found.alternates).toEqual(expected);
      await page.close();
    }
  });

  it.each(SLUGS)('%s has the same days in English and やさしい日本語 as in Japanese', async (slug) => {
    const [ja, en, easy] = await Promise.all(
      LOCALES.map(async (locale) => {
        const page = await open(localePath(`/hubs/${slug}/`, locale));
        const days = await daysOf(page);
        await page.close();
        return days;
      }),
    );
    expect(ja?.openDays).toBeTruthy();
    expect(en).toEqual(ja);
    expect(easy).toEqual(ja);
  });
});

describe('the language switcher', () => {
  it.each(['/', '/hubs/', '/search/', '/about/', '/en/', '/easy/hubs/yui-cafe/'])(
    'on %s names each language in itself and leads to this page in it, or to its home',
    async (pathname) => {
      const page = await open(pathname);
      const links = await page
        .locator('header .language-switcher a')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('lang'), anchor.getAttribute('href')]),
        );
      const translated =
        pathname === '/' || pathname === '/en/'
          ? '/'
          : pathname.includes('/hubs/yui-cafe/')
            ? '/hubs/yui-cafe/'
            : undefined;
      expect(links).toEqual(
        LOCALES.map((locale) => [
          LOCALE_INFO[locale].selfName,
          LOCALE_INFO[locale].lang,
          localePath(translated ?? '/', locale),
        ]),
      );
      await page.close();
    },
  );
});

describe('words from the engine, in the reader’s browser', () => {
  // machi-cafe-nagomi opens Monday to Saturday 9:00–16:00, closed on holidays (2026-09-21 to 23 are).
  it('says open now in English and in やさしい日本語 at the reader’s time in Tokyo', async () => {
    const cases = [
      ['/en/hubs/machi-cafe-nagomi/', '2026-09-16T10:30:00+09:00', 'Open now (today 9:00–16:00).'],
      ['/en/hubs/machi-cafe-nagomi/', '2026-09-21T10:30:00+09:00', 'Closed now. Next open Thu 24 Sep, 9:00–16:00.'],
      [
        '/easy/hubs/machi-cafe-nagomi/',
        '2026-09-16T10:30:00+09:00',
        'いま あいています(きょうは ごぜん9じ から ごご4じ まで)。',
      ],
    ] as const;
    for (const [pathname, at, text] of cases) {
      const page = await open(pathname, at);
      const status = page.locator('[data-opening-status]');
      await expect.poll(() => status.evaluate(withoutReadings)).toBe(text);
      await page.close();
    }
  });

  it('lists the hubs open today on the English and やさしい日本語 homes, following the reader’s day', async () => {
    for (const [pathname, heading, hours] of [
      ['/en/', 'Open today (Wed 16 Sep)', 'Today 9:00–16:00'],
      ['/easy/', 'きょう(9月16日(水曜日)) あいている 場所', 'きょう ごぜん9じ から ごご4じ まで'],
    ] as const) {
      const page = await open(pathname, '2026-09-16T10:30:00+09:00');
      await expect.poll(() => page.locator('#today-heading').evaluate(withoutReadings)).toBe(heading);
      const nagomi = page.locator('.today-list li', { hasText: 'まちCafeなごみ' });
      expect(await nagomi.isVisible()).toBe(true);
      expect(await nagomi.locator('[data-today-hours]').evaluate(withoutReadings)).toBe(hours);
      await page.close();
    }
  });

  it('past the days the page carries, says so in English with the phone number', async () => {
    const page = await open('/en/hubs/machi-cafe-nagomi/', '2028-01-10T10:00:00+09:00');
    const status = page.locator('[data-opening-status]');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^The opening days on this page may be out of date\. .* \(phone 0798-20-2333\)\.$/);
    expect(await status.locator('a[href^="tel:"]').count()).toBe(1);
    await page.close();
  });
});

describe('ふりがな', () => {
  it('shows readings over the kanji but a screen reader says each word once', async () => {
    const page = await open('/easy/hubs/machi-cafe-nagomi/');
    expect(await page.locator('main ruby rt').count()).toBeGreaterThan(20);
    const heading = await page.locator('h1').ariaSnapshot();
    expect(heading).toBe('- heading "まちCafeなごみ" [level=1]');
    const facts = await page.locator('#facts-heading').ariaSnapshot();
    // Chromium ends a ruby's name with a space: a pause, never the reading ばしょ.
    expect(facts).toMatch(/^- heading "この 場所 ?に ついて" \[level=2\]$/);
    await page.close();
  });
});

describe('the English calendar feed', () => {
  const events = (file: string) =>
    Object.values(nodeIcal.sync.parseICS(readFileSync(path.join(build.outDir, file), 'utf8')))
      .filter((component): component is VEvent => component?.type === 'VEVENT')
      .map((event) => ({
        uid: event.uid,
        start: event.start.toISOString(),
        end: event.end?.toISOString(),
        summary: event.summary,
        description: event.description,
      }));

  it.each(SLUGS)('%s has the Japanese feed’s events, with the same UIDs, in English', (slug) => {
    const ja = events(`hubs/${slug}/calendar.ics`);
    const en = events(`en/hubs/${slug}/calendar.ics`);
    expect(en.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(
      ja.map(({ uid, start, end }) => ({ uid, start, end })),
    );
    for (const event of en) {
      expect(event.summary).toMatch(/ (open|special opening)$/);
      expect(event.description).toMatch(new RegExp(`^Hours: .*\\nMore: ${LOCAL_ORIGIN}/en/hubs/${slug}/$`, 's'));
    }
  });

  it('is the one the English page offers; the やさしい日本語 page offers the Japanese feed', async () => {
    for (const [locale, feed] of [
      ['en', '/en/hubs/yui-cafe/calendar.ics'],
      ['easy', '/hubs/yui-cafe/calendar.ics'],
    ] as const) {
      const page = await open(localePath('/hubs/yui-cafe/', locale));
      expect(await page.locator('.calendar-subscribe .feed-url').textContent()).toBe(`${LOCAL_ORIGIN}${feed}`);
      expect(await page.locator('.calendar-subscribe img.qr-code').getAttribute('src')).toBe(
        localePath('/hubs/yui-cafe/calendar-qr.svg', locale),
      );
      await page.close();
    }
  });
});
