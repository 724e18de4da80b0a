/**
 * The site on a 390 px phone (touch, no hover) and on a 1280 px desktop: a short header, no
 * keyboard hint on touch, tap targets of at least 44 × 44 px, and the hub's phone number on
 * the first screen of its page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

const PAGES = ['/', '/hubs/', '/hubs/machi-cafe-nagomi/', '/hubs/ochanoma-puchi-dagashiyasan/', '/search/', '/about/'];
const HUB_PAGES = ['/hubs/machi-cafe-nagomi/', '/hubs/yui-cafe/', '/hubs/ochanoma-puchi-dagashiyasan/'];

let browser: Browser;
let server: StaticServer;
let phone: BrowserContext;

beforeAll(async () => {
  const build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('on a 390 px phone', () => {
  it.each(PAGES)('%s has a header of at most 120 px and no keyboard shortcut hint', async (path) => {
    const page = await phone.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForLoadState('networkidle');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(120);
    expect(await page.locator('.search-trigger-shortcut:visible').count()).toBe(0);
    // The header's search button still has its name for screen readers.
    await page.getByRole('button', { name: 'サイト内を検索' }).waitFor();
    await page.close();
  });

  it.each(PAGES)('%s makes every link that stands alone at least 44 × 44 px', async (path) => {
    const page = await phone.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForLoadState('networkidle');
    // A link or button alone in its block (not a link inside a sentence, which WCAG exempts).
    const small = await page.locator('a:visible, button:visible').evaluateAll((targets) =>
      targets.flatMap((target) => {
        const parent = target.parentElement;
        const alone = parent !== null && parent.textContent?.trim() === target.textContent?.trim();
        const box = target.getBoundingClientRect();
        return alone && (box.height < 44 || box.width < 44)
          ? [`${target.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`]
          : [];
      }),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it.each(HUB_PAGES)('%s shows the tappable phone number on the first screen', async (path) => {
    const page = await phone.newPage();
    await page.goto(`${server.origin}${path}`);
    const call = page.locator('main a[href^="tel:"]').first();
    const box = await call.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });
});

describe('on a 1280 px desktop', () => {
  it('keeps the header on two short rows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/hubs/machi-cafe-nagomi/`);
    await page.waitForLoadState('networkidle');
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(130);
    // A pointer with a keyboard: the shortcut is worth showing.
    expect(await page.locator('.search-trigger-shortcut:visible').count()).toBe(1);
    await context.close();
  });
});
