/**
 * A hub page printed is a flyer worth pinning up: one A4 page in Chromium's PDF, with the site
 * and 西宮市, the day it speaks for, what a hub is, days and hours in words, the calendars at
 * 10.5 pt (14 px) or more, address, phone and the QR code; nothing on paper to press.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_IN_ONE_LINE } from '../src/lib/site/programText';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

/** Shared builds speak for 2026-09-15 in Tokyo (tests/support/site.ts FIXTURE_EPOCH), unless named otherwise. */
const AS_OF = '2026年9月15日現在';

const FLYERS = [
  {
    what: 'a weekly hub',
    build: 'shipped',
    path: '/hubs/machi-cafe-nagomi/',
    words: [
      'まちCafeなごみ',
      '月曜〜土曜 9時〜16時(祝日・年末年始休み)',
      '西宮市東鳴尾町2丁目16-19-102',
      '0798-20-2333',
    ],
    calendars: 2,
  },
  {
    what: 'the irregular hub before its days are known',
    build: 'shipped',
    path: '/hubs/ochanoma-puchi-dagashiyasan/',
    words: [
      'お茶の間 ぷちだがしやさん',
      '週4日(曜日固定なし) 10時〜17時',
      '西宮市南昭和町4-10-102',
      '070-8363-6171',
      '運営日は月ごとにお知らせしています',
    ],
    calendars: 0,
  },
  {
    what: 'an irregular hub with announced days',
    build: 'fixture',
    path: '/hubs/irregular-hub/',
    words: [
      'テスト不定期の間',
      '週4日(曜日固定なし) 10時〜17時',
      '西宮市南昭和町4-10-102',
      '070-0000-0003',
      '午後のみ',
    ],
    calendars: 2,
  },
  {
    // The tallest flyer: December and a six-week January, holiday names and 要問合せ under days.
    what: 'a hub whose year end is unconfirmed, printed in December',
    build: 'shippedYearEnd',
    asOf: '2026年12月1日現在',
    path: '/hubs/hamaco-living/',
    words: [
      'HAMACO:LIVING(浜甲リビング)',
      '年末年始の開所は拠点にお問い合わせください',
      '要問合せ',
      '成人の日',
      '0798-20-0711',
    ],
    calendars: 2,
  },
] as const;

let browser: Browser;
const servers: Partial<Record<(typeof FLYERS)[number]['build'], StaticServer>> = {};

beforeAll(async () => {
  for (const name of ['shipped', 'fixture', 'shippedYearEnd'] as const) {
    const build = sharedBuild(name);
    if (build.status !== 0) throw new Error(build.output);
    servers[name] = await serveStatic(build.outDir);
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
});

async function printed(flyer: (typeof FLYERS)[number]): Promise<Page> {
  const page = await browser.newPage({ locale: 'ja-JP' });
  await page.goto(`${servers[flyer.build]?.origin}${flyer.path}`);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  return page;
}

describe.each(FLYERS)('the printed page of $what', (flyer) => {
  it('is exactly one A4 page', async () => {
    const page = await printed(flyer);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    // A4 portrait: 210 × 297 mm is 595 × 842 PDF points.
    const [width, height] = (raw.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)?.slice(1) ?? []).map(Number);
    expect(width).toBeCloseTo(595, 0);
    expect(height).toBeCloseTo(842, 0);
    await page.close();
  });

  it('carries the site, 西宮市, the date, what a hub is, days and hours, address, phone and the QR code', async () => {
    const page = await printed(flyer);
    // biome-ignore lint/performance/useDomNodeTextContent: what is printed, without the text under display: none
    const text = await page.locator('body').innerText();
    for (const words of [
      '西宮市 共生型地域交流拠点',
      '西宮市',
      'asOf' in flyer ? flyer.asOf : AS_OF,
      HUB_IN_ONE_LINE,
      'カレンダーに登録',
      ...flyer.words,
    ]) {
      expect(text).toContain(words);
    }
    const qr = page.locator('.subscribe-qr img.qr-code');
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await page.locator('.month-calendar').count()).toBe(flyer.calendars);
    await page.close();
  });

  it('has nothing to press on paper: no navigation, search, footer links or buttons', async () => {
    const page = await printed(flyer);
    for (const selector of ['.site-header', '.breadcrumbs', '.site-footer', '.site-search', '.subscribe-links']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('button:visible, nav:visible, input:visible').count()).toBe(0);
    await page.close();
  });

  it('prints every calendar cell at 10.5 pt (14 px) or more', async () => {
    const page = await printed(flyer);
    const sizes = await page
      .locator('.month-calendar :is(caption, th, td, td *)')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => cell.getClientRects().length > 0 && cell.textContent?.trim())
          .map((cell) => Number.parseFloat(getComputedStyle(cell).fontSize)),
      );
    if (flyer.calendars > 0) expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    await page.close();
  });
});
