import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../scripts/search/buildIndex';
import { WEEKDAY_VALUES } from '../src/lib/browser/search/labels';
import { axeViolations, WCAG_TAGS } from './support/axe';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { type Hit, loadNodeSearch, type NodeSearch } from './support/pagefindNode';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';
import { type BuildResult, SHIPPED_CONTENT } from './support/site';

/** The first search loads Pagefind's wasm and index chunks: allow a few seconds. */
const POLL = { timeout: 15_000 };
const hub = (slug: string) => `/hubs/${slug}/`;
const KOSHIEN = [hub('smile-salon-harukaze'), hub('tsudoiba-hamakaze'), hub('hamaco-living')];
const SATURDAY = [hub('machi-cafe-nagomi'), hub('hama-cafe-marina-flat'), hub('hamaco-living')];
const TUESDAY = [
  'fukufuku-salon-imazu',
  'furebono-cafe',
  'machi-cafe-nagomi',
  'smile-salon-harukaze',
  'tsudoiba-hamakaze',
  'yui-cafe',
].map(hub);
const CAFES = [hub('furebono-cafe'), hub('hama-cafe-marina-flat'), hub('machi-cafe-nagomi'), hub('yui-cafe')];
const ALL_HUBS = readdirSync(path.join(SHIPPED_CONTENT, 'hubs')).map((file) => hub(file.replace(/\.md$/, '')));

type Expectation = { first: string } | { top: string[] } | { hubsExactly: string[] } | { none: true };

/** What residents type, and what they must find. */
const QUERIES: [query: string, expected: Expectation][] = [
  ['甲子園', { top: KOSHIEN }],
  ['こうしえん', { top: KOSHIEN }],
  ['なごみ', { first: hub('machi-cafe-nagomi') }],
  ['まちかふぇ', { first: hub('machi-cafe-nagomi') }],
  ['土曜日', { hubsExactly: SATURDAY }],
  ['土曜', { hubsExactly: SATURDAY }],
  ['補助金', { first: '/subsidies/' }],
  ['今津', { first: hub('fukufuku-salon-imazu') }],
  ['いまづ', { first: hub('fukufuku-salon-imazu') }],
  ['鳴尾', { first: hub('machi-cafe-nagomi') }],
  ['なるお', { first: hub('machi-cafe-nagomi') }],
  ['西宮浜', { first: hub('hama-cafe-marina-flat') }],
  ['にしのみやはま', { first: hub('hama-cafe-marina-flat') }],
  ['浜脇', { first: hub('yui-cafe') }],
  ['はまわき', { first: hub('yui-cafe') }],
  ['浜甲子園', { first: hub('hamaco-living') }],
  ['こども', { hubsExactly: ALL_HUBS }],
  ['子供', { hubsExactly: ALL_HUBS }],
  ['子ども', { hubsExactly: ALL_HUBS }],
  ['カフェ', { hubsExactly: CAFES }],
  ['Cafe', { hubsExactly: CAFES }],
  ['ｶﾌｪ', { hubsExactly: CAFES }],
  ['ﾏﾘﾅ', { first: hub('hama-cafe-marina-flat') }],
  ['運営委員会', { first: '/activities/' }],
  ['介護予防', { first: '/about/' }],
  // Days are answered from the schedules: HAMACO:LIVING's 日曜日はお休みです is no Sunday opening.
  ['日曜', { none: true }],
  ['日曜日に開いている', { none: true }],
  ['にちようび', { none: true }],
  ['火曜', { hubsExactly: TUESDAY }],
  ['駄菓子', { first: hub('ochanoma-puchi-dagashiyasan') }],
  ['だがし', { first: hub('ochanoma-puchi-dagashiyasan') }],
  ['ズンドコ', { none: true }],
  ['qwxyzzy', { none: true }],
];

let build: BuildResult;
let search: NodeSearch;
const table: string[] = [];
/** Temporary folders this file made: removed when it is done. */
const scratch: string[] = [];

beforeAll(async () => {
  build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  search = await loadNodeSearch(build.outDir);
});

afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  // The query table for the note: query, hit count, top results.
  if (table.length > 0) console.log(`\n${table.join('\n')}`);
});

function indexSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      files += 1;
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return { files, bytes };
}

describe('search index built with the site', () => {
  it('is written into OUT_DIR/pagefind by the build, and the build says so', () => {
    const { files, bytes } = indexSize(path.join(build.outDir, 'pagefind'));
    const pages = readdirSync(build.outDir, { recursive: true }).filter((file) => String(file).endsWith('.html'));
    expect(build.output).toContain(`検索インデックスを作成しました: ${pages.length}ページ`);
    expect(files).toBeGreaterThan(10);
    table.push(`index: ${files} files, ${(bytes / 1024).toFixed(0)} KB in ${build.outDir}/pagefind`);
  });

  it('holds hub and program pages only: no lists, no search page, no 404', async () => {
    const urls = new Set((await search.search('交流拠点')).map((result) => result.url));
    for (const page of ['/', '/hubs/', '/search/', '/404.html', '/404/']) expect(urls.has(page)).toBe(false);
    expect(urls.has(hub('yui-cafe'))).toBe(true);
    expect(urls.has('/about/')).toBe(true);
  });

  it.each(QUERIES)('%s', async (query, expected) => {
    const hits = await search.search(query);
    const urls = hits.map((result: Hit) => result.url);
    table.push(`${query}\t${hits.length}\t${urls.slice(0, 4).join(' ')}`);
    if ('first' in expected) expect(urls[0]).toBe(expected.first);
    if ('top' in expected) expect(new Set(urls.slice(0, expected.top.length))).toEqual(new Set(expected.top));
    if ('hubsExactly' in expected)
      expect(new Set(urls.filter((url) => url.startsWith('/hubs/')))).toEqual(new Set(expected.hubsExactly));
    if ('none' in expected) expect(hits).toEqual([]);
  });

  it('shows hub metadata under Japanese keys and keeps the readings out of them', async () => {
    const [nagomi] = await search.search('なごみ');
    expect(nagomi?.meta).toMatchObject({
      title: 'まちCafeなごみ',
      住所: '西宮市東鳴尾町2丁目16-19-102',
      電話: '0798-20-2333',
    });
    expect(nagomi?.meta.開所日時).toContain('9時');
  });

  it('filters by 町名 (every hub has one; no mix with districts), 開所曜日, 対象・活動 and 種別', async () => {
    const filters = await search.filters();
    expect(Object.keys(filters).sort()).toEqual(['町名', '対象・活動', '種別', '開所曜日'].sort());
    expect(filters.町名).toMatchObject({ 東鳴尾町: 1, 甲子園九番町: 1, 西宮浜: 1, 今津出在家町: 1 });
    expect(Object.values(filters.町名 ?? {}).reduce((sum, count) => sum + count, 0)).toBe(ALL_HUBS.length);
    expect(Object.keys(filters.町名 ?? {}).some((town) => town.endsWith('地区'))).toBe(false);
    expect(filters.種別).toEqual({ 拠点: 9, 制度の案内: 6 });
    expect(filters.開所曜日?.土曜日).toBe(3);
    const hubsOnly = await search.search('運営委員会', { 種別: ['拠点'] });
    expect(hubsOnly.length).toBeGreaterThan(0);
    expect(hubsOnly.every((result) => result.url.startsWith('/hubs/'))).toBe(true);
    const saturdayInKoshien = await search.search('甲子園', { 開所曜日: ['土曜日'] });
    expect(saturdayInKoshien.map((result) => result.url)).toEqual([hub('hamaco-living')]);
  });

  it('お正月 lists every hub with its year-end answer, never as simply open', async () => {
    const hits = await search.search('お正月');
    expect(new Set(hits.map((hit) => hit.url))).toEqual(new Set(ALL_HUBS));
    const answers = Object.fromEntries(hits.map((hit) => [hit.url, hit.meta.年末年始]));
    expect(answers[hub('machi-cafe-nagomi')]).toBe('12月29日〜1月3日はお休みです');
    expect(answers[hub('hamaco-living')]).toBe('年末年始の開所は拠点にお問い合わせください');
    expect(answers[hub('ochanoma-puchi-dagashiyasan')]).toBe('年末年始の開所は拠点にお問い合わせください');
    expect((await search.search('年末年始 鳴尾')).map((hit) => hit.url)).toEqual([hub('machi-cafe-nagomi')]);
  });

  it('loads search from external module scripts only (a CSP will forbid inline scripts)', () => {
    for (const page of ['search/index.html', 'hubs/yui-cafe/index.html', 'index.html']) {
      const scripts = [...build.read(page).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const inline = scripts.filter(
        ([, attributes, body]) =>
          !/\bsrc=/.test(attributes ?? '') &&
          !/type="application\/ld\+json"/.test(attributes ?? '') &&
          (body ?? '').trim() !== '',
      );
      expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
      expect(scripts.some(([, attributes]) => /type="module"[^>]*src="\/_astro\//.test(attributes ?? ''))).toBe(true);
    }
  });

  it('fails loudly when there is nothing to index', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kyosei-empty-'));
    scratch.push(empty);
    writeFileSync(path.join(empty, 'note.txt'), 'no html here');
    await expect(buildSearchIndex(empty)).rejects.toThrow(SearchIndexError);
  });
});

describe('search UI in headless Chromium', () => {
  let server: StaticServer;
  let chrome: HeadlessChromium;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(build.outDir);
    chrome = await launchChromium();
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  async function openPage(pathname: string): Promise<Page> {
    const page = await chrome.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.origin}${pathname}`);
    await page.locator('[data-search-enhanced]').first().waitFor({ state: 'visible' });
    return page;
  }

  /** Presses Tab until the focused element matches `selector`; keyboard only, like a resident. */
  async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('/search/: type, see the hub, filter by 町名, reach the hub page by keyboard alone', async () => {
    const page = await openPage('/search/');
    const results = page.locator('.search-page-results .pf-result-link');
    await tabTo(page, '#search-input');
    await page.keyboard.type('甲子園');
    await expect
      .poll(async () => results.allTextContents(), POLL)
      .toEqual(expect.arrayContaining(['すまいるサロン春風', 'つどい場はまかぜ', 'HAMACO:LIVING(浜甲リビング)']));
    // Hubs show address, hours and phone rather than an excerpt.
    await expect
      .poll(async () => page.locator('.search-page-results .search-result-facts').first().textContent(), POLL)
      .toContain('住所');

    const weekdayOrder = await page
      .locator('.search-page-filters input[name="開所曜日"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(weekdayOrder).toEqual(WEEKDAY_VALUES.filter((value) => weekdayOrder.includes(value)));
    expect(weekdayOrder.length).toBeGreaterThanOrEqual(6);
    const groups = await page.locator('.search-page-filters .pf-filter-group-name').allTextContents();
    expect(groups).toEqual(['町名', '開所曜日', '対象・活動', '種別']);

    await tabTo(page, '.search-page-filters input[name="町名"][value="甲子園九番町"]');
    await page.keyboard.press('Space');
    await expect.poll(async () => results.allTextContents(), POLL).toEqual(['つどい場はまかぜ']);
    expect(await axeViolations(page, [...WCAG_TAGS, 'best-practice'])).toEqual([]);

    await tabTo(page, '.search-page-results a.pf-result-link');
    await Promise.all([page.waitForURL('**/hubs/tsudoiba-hamakaze/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('つどい場はまかぜ');
    await page.close();
  });

  it('header: Ctrl+K opens the modal, IME input waits for composition end, results are axe-clean', async () => {
    const page = await openPage('/hubs/yui-cafe/');
    await page.locator('body').press('Control+k');
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    await expect.poll(async () => input.evaluate((element) => element === document.activeElement), POLL).toBe(true);

    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'こうし', selectionStart: 3, selectionEnd: 3 });
    await page.waitForTimeout(900); // three times Pagefind's debounce: a search would have run
    expect(await input.inputValue()).toBe('こうし');
    expect(await page.locator('pagefind-modal .pf-result').count()).toBe(0);
    expect(await page.locator('pagefind-modal pagefind-summary').textContent()).not.toContain('こうし');

    await cdp.send('Input.insertText', { text: '甲子園' });
    const links = page.locator('pagefind-modal .pf-result-link');
    await expect.poll(async () => links.count(), POLL).toBeGreaterThanOrEqual(3);
    expect(await input.inputValue()).toBe('甲子園');
    expect(await axeViolations(page, [...WCAG_TAGS, 'best-practice'])).toEqual([]);

    // Program pages show an excerpt with the hits marked: their colours must pass too.
    await input.fill('補助金');
    await expect
      .poll(async () => page.locator('pagefind-modal .pf-result-excerpt mark').count(), POLL)
      .toBeGreaterThan(0);
    expect(await axeViolations(page, [...WCAG_TAGS, 'best-practice'])).toEqual([]);
    // Kept in memory, not written into the build: the shared build stays as the build wrote it.
    await page.screenshot();

    await page.keyboard.press('Escape');
    await expect.poll(async () => page.locator('pagefind-modal dialog[open]').count(), POLL).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
