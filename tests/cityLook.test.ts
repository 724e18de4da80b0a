/**
 * The site looks like the city's own: the Digital Agency's design tokens are in force, Japanese,
 * Latin and digits are drawn in one font family (search results too), and Japanese lines break
 * between phrases, never inside a word. At 390 × 844 (a phone) and 1280 × 900 (a desktop).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;
/** Text that mixes Japanese with Latin letters or digits (each element's own text nodes). */
const MIXED_TEXT = [
  'h1',
  '.hub-summary',
  '.hub-phone a',
  '.facts dd',
  '.month-calendar td > span',
  '.breadcrumbs li > *',
];
/** Words a line must never cut, hub names among them. */
const WORDS = [
  '年末年始休み',
  '交流拠点',
  '開所時間外',
  '開いている',
  '曜日固定なし',
  'まちCafeなごみ',
  'ぷちだがしやさん',
  'はまかぜ',
];
const POLL = { timeout: 20_000, interval: 100 };

let browser: Browser;
let server: StaticServer;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  const build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
  for (const { name, ...options } of VIEWPORTS)
    contexts.set(name, await browser.newContext({ locale: 'ja-JP', ...options }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport: string, path: string): Promise<Page> {
  const page = await (contexts.get(viewport) as BrowserContext).newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

/** The font families Chromium really drew the text of every element matching `selector` with. */
async function drawnFamilies(cdp: CDPSession, selector: string): Promise<string[]> {
  await cdp.send('DOM.getDocument', { depth: 0 });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]`,
  });
  const { result: items } = await cdp.send('Runtime.getProperties', {
    objectId: result.objectId as string,
    ownProperties: true,
  });
  const families = new Set<string>();
  for (const item of items.filter((property) => /^\d+$/.test(property.name))) {
    const { nodeId } = await cdp.send('DOM.requestNode', { objectId: item.value?.objectId as string });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) families.add(font.familyName);
  }
  return [...families];
}

async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

describe.each(VIEWPORTS.map(({ name }) => name))('on a %s', (viewport) => {
  it('draws Japanese, Latin and digits in one family on a hub page', async () => {
    const page = await open(viewport, '/hubs/machi-cafe-nagomi/');
    const cdp = await cdpFor(page);
    const families = new Set<string>();
    for (const selector of MIXED_TEXT) {
      const drawn = await drawnFamilies(cdp, selector);
      expect(drawn.length, selector).toBeGreaterThan(0);
      for (const family of drawn) families.add(family);
    }
    expect([...families]).toHaveLength(1);
    await page.close();
  });

  it('draws search results in the same family as the page', async () => {
    const page = await open(viewport, '/search/');
    const cdp = await cdpFor(page);
    const [pageFamily] = await drawnFamilies(cdp, 'h1');
    await page.locator('#search-input').fill('甲子園');
    const results = page.locator('.search-page-results .pf-result-link');
    await expect.poll(async () => results.count(), POLL).toBeGreaterThan(0);
    // Titles like HAMACO:LIVING(浜甲リビング) and the address and hours under each.
    const inResults = await drawnFamilies(cdp, '.search-page-results :is(.pf-result-link, dd)');
    expect(inResults).toEqual([pageFamily]);
    // What the reader types: its text lives in the input's own shadow tree, so compare the stack.
    const stacks = await page.evaluate(() =>
      [document.body, document.querySelector('#search-input') as Element].map(
        (element) => getComputedStyle(element).fontFamily,
      ),
    );
    expect(stacks[1]).toBe(stacks[0]);
    await page.close();
  });

  it("uses the Digital Agency's tokens: key colour, body size, focus colours", async () => {
    const page = await open(viewport, '/hubs/machi-cafe-nagomi/');
    const style = await page.evaluate(() => {
      const value = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
      return {
        blue900: value('--color-primitive-blue-900'),
        title: getComputedStyle(document.querySelector('.site-title a') as Element).color,
        body: getComputedStyle(document.body).fontSize,
        link: getComputedStyle(document.querySelector('.breadcrumbs a') as Element).color,
      };
    });
    expect(style.blue900).toBe('#0017c1');
    expect(style.title).toBe('rgb(0, 23, 193)');
    expect(style.body).toBe('18px');
    // blue-1000 or, once visited, magenta-1000.
    expect(['rgb(0, 17, 143)', 'rgb(108, 0, 108)']).toContain(style.link);
    await page.close();
  });

  it.each(['/', '/hubs/', '/hubs/machi-cafe-nagomi/', '/hubs/ochanoma-puchi-dagashiyasan/'])(
    '%s breaks Japanese lines between phrases, never inside a word',
    async (path) => {
      const page = await open(viewport, path);
      const cut = await page.evaluate((words) => {
        const found: string[] = [];
        let checked = 0;
        const walker = document.createTreeWalker(document.querySelector('main') as Node, NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node as HTMLElement;
          if (element.getClientRects().length === 0 || [...element.children].some((child) => child.tagName !== 'WBR'))
            continue;
          // A leaf element (its text, perhaps with <wbr>): where does each character sit?
          const text = element.textContent ?? '';
          for (const word of words) {
            for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
              checked += 1;
              const tops = new Set<number>();
              let offset = 0;
              for (const child of element.childNodes) {
                const length = child.textContent?.length ?? 0;
                if (child.nodeType === Node.TEXT_NODE) {
                  for (
                    let index = Math.max(at, offset);
                    index < Math.min(at + word.length, offset + length);
                    index += 1
                  ) {
                    const range = document.createRange();
                    range.setStart(child, index - offset);
                    range.setEnd(child, index - offset + 1);
                    tops.add(Math.round(range.getBoundingClientRect().top));
                  }
                }
                offset += length;
              }
              if (tops.size > 1) found.push(`${element.tagName}.${element.className}: ${word} in 「${text}」`);
            }
          }
        }
        return { found, checked };
      }, WORDS);
      expect(cut.found).toEqual([]);
      expect(cut.checked).toBeGreaterThan(0);
      await page.close();
    },
  );

  it("uses Chromium's own phrases for text the build does not cut, and only the build's elsewhere", async () => {
    const page = await open(viewport, '/hubs/machi-cafe-nagomi/');
    const breaks = await page.evaluate(() =>
      ['h2', '[data-opening-status]', '.hub-summary', '.month-calendar', 'h1'].map(
        (selector) => getComputedStyle(document.querySelector(selector) as Element).wordBreak,
      ),
    );
    expect(breaks).toEqual(['auto-phrase', 'auto-phrase', 'keep-all', 'keep-all', 'keep-all']);
    await page.close();
  });
});
