/**
 * Search as residents use it on a 390 px phone and a 1280 px desktop: results before the
 * filters (on a phone the filters wait behind a button), phone numbers to tap, and days
 * answered from the schedules.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

const POLL = { timeout: 15_000 };
/** Where a look at the phone's search page is kept (outside the build and the repository). */
const SCREENSHOT = '/tmp/search-phone-390.png';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir, { gzip: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/`);
  const input = page.locator('#search-input');
  await input.waitFor();
  await input.fill(query);
  await page.locator('.search-page-results .pf-result-link').first().waitFor(POLL);
  return page;
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Infinity;

describe('search on a 390 px phone', () => {
  let phone: BrowserContext;
  beforeAll(async () => {
    phone = await browser.newContext(PHONE);
  });
  afterAll(async () => phone?.close());

  it('shows results on the first screen, the filters only behind their button', async () => {
    const page = await searchFor(phone, '甲子園');
    const pane = page.locator('.search-page-filters pagefind-filter-pane');
    const toggle = page.getByRole('button', { name: /絞り込む/ });
    expect(await pane.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const firstResult = await page.locator('.search-page-results .pf-result-link').first().boundingBox();
    expect(firstResult && firstResult.y + firstResult.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: SCREENSHOT });

    await toggle.click();
    await expect.poll(async () => pane.isVisible(), POLL).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.search-page-filters input[name="町名"][value="甲子園九番町"]').check();
    await expect
      .poll(async () => page.locator('.search-page-results .pf-result-link').allTextContents(), POLL)
      .toEqual(['つどい場はまかぜ']);
    await page.close();
  });

  it('makes phone numbers in results links to call, 44 px tall, like the result links', async () => {
    const page = await searchFor(phone, 'なごみ');
    const call = page.locator('.search-page-results a[href^="tel:"]').first();
    expect(await call.getAttribute('href')).toBe('tel:0798202333');
    expect(await call.textContent()).toBe('0798-20-2333');
    for (const target of [call, page.locator('.search-page-results .pf-result-link').first()]) {
      const box = await target.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });

  it('header search: 日曜 finds no hub (none opens on Sundays), お正月 gives each hub its year-end answer', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.origin}/hubs/hamaco-living/`);
    await page.getByRole('button', { name: 'サイト内を検索' }).click();
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    await input.waitFor(POLL);
    await input.fill('日曜');
    await expect
      .poll(async () => page.locator('pagefind-modal pagefind-summary').textContent(), POLL)
      .toContain('日曜');
    expect(await page.locator('pagefind-modal .pf-result').count()).toBe(0);

    await input.fill('お正月');
    const cards = page.locator('pagefind-modal .pf-result');
    await expect.poll(async () => cards.count(), POLL).toBe(9);
    const firstFacts = await cards.locator('.search-result-facts div:first-child').allTextContents();
    expect(
      firstFacts.every((text) => /^年末年始(.+はお休みです|年末年始の開所は拠点にお問い合わせください)$/.test(text)),
    ).toBe(true);
    const hamaco = cards.filter({ hasText: 'HAMACO:LIVING' });
    expect(await hamaco.locator('.search-result-facts').textContent()).toContain('お問い合わせください');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('/search/ lists every hub and offers no search box that cannot work', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await page.locator('.search-page').isVisible()).toBe(false);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    expect(await page.locator('main .hub-list > li').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('nav a[href="/search/"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('search on a 1280 px desktop', () => {
  it('shows the filters beside the results, with no button to open them', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await searchFor(context, '甲子園');
    expect(await page.locator('.search-page-filters pagefind-filter-pane').isVisible()).toBe(true);
    expect(await page.locator('.search-filters-toggle').isVisible()).toBe(false);
    const results = await page.locator('.search-page-results').boundingBox();
    const filters = await page.locator('.search-filters-pane').boundingBox();
    expect(results && filters && Math.abs(results.y - filters.y)).toBeLessThan(40);
    expect(await top(page, '.search-page-results .pf-result-link')).toBeLessThan(900);
    await context.close();
  });
});
