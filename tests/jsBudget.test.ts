/**
 * What Chromium really fetches: a content page loads at most 15 KB of JavaScript (gzip, as a host
 * serves it) before the reader interacts, and none of the search UI; opening search loads it.
 * Counted from the responses of script requests (transfer bytes), not from tags in the HTML.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENS } from './support/browser';
import { type Fetched, recordFetches } from './support/pageFetches';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

const BUDGET = 15 * 1024;
const PAGES = ['/hubs/machi-cafe-nagomi/', '/hubs/ochanoma-puchi-dagashiyasan/', '/', '/about/'];

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

/** The script (and wasm) fetches among what the page fetched. */
const scriptsOf = async (fetched: Promise<Fetched>[]) =>
  (await Promise.all(fetched)).filter((item) => item.kind === 'js');

describe.each(SCREENS)('JavaScript before the reader interacts, %s', (name, screen) => {
  it.each(PAGES)('%s loads at most 15 KB (gzip) and none of the search UI', async (pathname) => {
    const context = await browser.newContext(screen);
    const page = await context.newPage();
    const fetched = recordFetches(page);
    await page.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const scripts = await scriptsOf(fetched);
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.log(`${pathname} ${name}: ${scripts.length} scripts, ${total} bytes gzip`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((script) => script.encoding === 'gzip')).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET);
    expect(scripts.filter((script) => script.url.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('opening search loads the search UI and its index, then finds a hub', async () => {
    const context = await browser.newContext(screen);
    const page = await context.newPage();
    const fetched = recordFetches(page);
    await page.goto(`${server.origin}/hubs/yui-cafe/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'サイト内を検索' }).click();
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    await input.waitFor();
    await input.fill('甲子園');
    await page.locator('pagefind-modal .pf-result-link').first().waitFor();
    const urls = (await scriptsOf(fetched)).map((script) => script.url);
    expect(urls).toEqual(expect.arrayContaining(['/pagefind/pagefind-component-ui.js', '/pagefind/pagefind.js']));
    await context.close();
  });
});
