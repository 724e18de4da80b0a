/**
 * The home page answers "which hubs are open today?" first, then the week: at build time,
 * without JavaScript, and again in the reader's browser on a later day, at phone and desktop
 * widths. The fixture is built at 2026-09-15 (Tue) 12:00 in Tokyo.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = sharedBuild('fixture');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Overview {
  heading: string;
  /** Visible items of the today list: name, hours, status. */
  today: string[][];
  /** What a screen reader is offered of the list. */
  todayAccessible: string;
  noneOpen: boolean;
  weekDates: string[];
  weekRows: string[][];
}

async function homeAt(
  instant: string,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Overview> {
  const context = await browser.newContext({
    timezoneId: 'America/Los_Angeles',
    viewport: { width: options.width ?? 390, height: 844 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${server.origin}/`);
  await page.waitForLoadState('networkidle');
  const section = page.locator('[data-open-today]');
  const overview: Overview = {
    heading: ((await page.locator('#today-heading').textContent()) ?? '').trim(),
    today: await section
      .locator('li:visible')
      .evaluateAll((items) => items.map((item) => [...item.children].map((child) => (child.textContent ?? '').trim()))),
    todayAccessible: (await section.locator('ul').ariaSnapshot()).trim(),
    noneOpen: await section.locator('[data-none-open]').isVisible(),
    weekDates: await page
      .locator('.week-table thead th[data-date]:visible')
      .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.date ?? '')),
    weekRows: await page
      .locator('.week-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll<HTMLElement>('th, td:not([hidden])')].map((cell) =>
            [...cell.children].map((part) => part.textContent).join(' '),
          ),
        ),
      ),
  };
  await context.close();
  return overview;
}

describe('the home page overview', () => {
  it('lists just the hubs open today under a 今日 heading, without JavaScript', async () => {
    const home = await homeAt('2026-09-15T12:00:00+09:00', { javaScriptEnabled: false });
    expect(home.heading).toBe('今日(9月15日(火))開いている拠点');
    expect(home.today).toEqual([['テスト平日サロン', '本日 10時〜16時', 'いま開いています(本日は10時〜16時)。']]);
    // Hubs closed today are not in the list, for a screen reader either.
    expect(home.todayAccessible).toContain('テスト平日サロン');
    expect(home.todayAccessible).not.toContain('テスト祝日も開くカフェ');
    expect(home.noneOpen).toBe(false);
  });

  it("follows the reader's day in Tokyo: a Monday later lists the hubs open then", async () => {
    // 2026-10-05 (Mon) 09:45 in Tokyo is still Sunday evening in Los Angeles.
    const home = await homeAt('2026-10-05T09:45:00+09:00');
    expect(home.heading).toBe('今日(10月5日(月))開いている拠点');
    expect(home.today.map(([name]) => name).sort()).toEqual(
      ['テスト不定期の間', 'テスト平日サロン', 'テスト祝日も開くカフェ'].sort(),
    );
    const cafe = home.today.find(([name]) => name === 'テスト祝日も開くカフェ');
    expect(cafe).toEqual(['テスト祝日も開くカフェ', '本日 9時半〜15時半', 'いま開いています(本日は9時半〜15時半)。']);
    const salon = home.today.find(([name]) => name === 'テスト平日サロン');
    expect(salon?.[2]).toBe('いまは開所時間外です。本日は10時〜16時に開きます。');
  });

  it('says when no hub is open today', async () => {
    // Sunday 2026-09-20: no fixture hub opens on Sundays.
    const home = await homeAt('2026-09-20T11:00:00+09:00');
    expect(home.today).toEqual([]);
    expect(home.noneOpen).toBe(true);
  });

  it('shows every hub for the seven days from today in words, and drops the days already past', async () => {
    const built = await homeAt('2026-09-15T12:00:00+09:00', { javaScriptEnabled: false, width: 1280 });
    expect(built.weekDates).toEqual([
      '2026-09-15',
      '2026-09-16',
      '2026-09-17',
      '2026-09-18',
      '2026-09-19',
      '2026-09-20',
      '2026-09-21',
    ]);
    const weekday = built.weekRows.find(([name]) => name === 'テスト平日サロン');
    // 9/21 is 敬老の日: closed for the weekday hub, in words.
    expect(weekday).toEqual(['テスト平日サロン', '開所', '開所', '開所', '開所', '休み', '休み', '休み 敬老の日']);
    const irregular = built.weekRows.find(([name]) => name === 'テスト不定期の間');
    expect(irregular?.slice(1)).toEqual(Array(7).fill('未定'));
    const later = await homeAt('2026-09-17T08:00:00+09:00', { width: 1280 });
    expect(later.weekDates).toEqual(['2026-09-17', '2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21']);
    expect(later.weekRows.find(([name]) => name === 'テスト平日サロン')).toEqual([
      'テスト平日サロン',
      '開所',
      '開所',
      '休み',
      '休み',
      '休み 敬老の日',
    ]);
  });
});
