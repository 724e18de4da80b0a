/**
 * Finding entries, moving between them by the address, the 確認してください notices and live
 * previews, in the real CMS: the built /admin in headless Chromium against decap-server over a
 * temporary copy of the shipped content with a few months of calendars added.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load';
import { type AdminStack, startAdminStack } from './support/cmsStack';
import { SHIPPED_CONTENT } from './support/site';

let content: string;
let stack: AdminStack;
/** The CMS and its previews read from decap-server: give them time on a busy machine. */
const SLOW = { timeout: 20_000 };

const CALENDARS = {
  'fukufuku-salon-imazu-2026-12':
    'hub: fukufuku-salon-imazu\nmonth: 2026-12\nclosures:\n  - date: 2026-12-02\n    reason: 設備点検のため\n',
  'fukufuku-salon-imazu-2027-01':
    'hub: fukufuku-salon-imazu\nmonth: 2027-01\nclosures:\n  - date: 2027-01-13\n    reason: 研修のため\n',
  'machi-cafe-nagomi-2026-11':
    'hub: machi-cafe-nagomi\nmonth: 2026-11\nclosures:\n  - date: 2026-11-04\n    reason: 設備点検のため\n',
};
const IFRAME = '<iframe src="https://example.com/map"></iframe>';

beforeAll(async () => {
  stack = await startAdminStack(SHIPPED_CONTENT, {
    prepare: (copy) => {
      mkdirSync(path.join(copy.content, 'calendars'), { recursive: true });
      for (const [name, text] of Object.entries(CALENDARS))
        writeFileSync(path.join(copy.content, 'calendars', `${name}.yaml`), text);
      appendFileSync(path.join(copy.content, 'pages', 'contact.md'), `\n${IFRAME}\n`);
    },
  });
  content = stack.content;
});

afterAll(async () => {
  await stack?.close();
});

function openAdmin(hash = ''): Promise<Page> {
  return stack.openAdmin(hash);
}

/** The list's entry cards of a collection, in the order shown. */
async function listed(page: Page, collection: string, count: number): Promise<string[]> {
  const entries = page.locator(`a[href*="/collections/${collection}/entries/"]`);
  await expect.poll(() => entries.count(), SLOW).toBe(count);
  return (await entries.allInnerTexts()).map((text) => text.trim());
}

const editorNotices = (page: Page) => page.locator('.admin-notices-field');
const previewNotices = (page: Page) => page.frameLocator('iframe').locator('.admin-notices');
const openDates = (page: Page) =>
  page.frameLocator('iframe').locator('table.month-calendar td.day.open .date').allInnerTexts();

describe('finding entries in /admin', () => {
  it('lists calendars by hub name and month, newest month first', async () => {
    const page = await openAdmin('/collections/calendars');
    expect(await listed(page, 'calendars', 3)).toEqual([
      'ふくふくサロン今津 2027年1月',
      'ふくふくサロン今津 2026年12月',
      'まちCafeなごみ 2026年11月',
    ]);
    await page.close();
  });

  it("finds calendars by the hub's Japanese name, which the files do not hold", async () => {
    expect(readFileSync(path.join(content, 'calendars', 'fukufuku-salon-imazu-2027-01.yaml'), 'utf8')).not.toContain(
      'ふくふく',
    );
    const page = await openAdmin(`/collections/calendars/search/${encodeURIComponent('ふくふくサロン')}`);
    const texts = await listed(page, 'calendars', 2);
    expect(texts.sort()).toEqual(['ふくふくサロン今津 2026年12月', 'ふくふくサロン今津 2027年1月']);
    await page.close();
  });

  it('lists hubs by their Japanese names in よみがな order, and pages by their titles in their order', async () => {
    const shipped = loadContent(SHIPPED_CONTENT);
    const page = await openAdmin('/collections/hubs');
    const hubs = [...shipped.hubs].sort((a, b) => (a.data.nameKana < b.data.nameKana ? -1 : 1));
    expect(await listed(page, 'hubs', hubs.length)).toEqual(hubs.map((hub) => hub.data.name));
    await page.goto(`${stack.origin}/admin/#/collections/pages`);
    const pages = [...shipped.pages].sort((a, b) => a.data.order - b.data.order);
    expect(await listed(page, 'pages', pages.length)).toEqual(pages.map((entry) => entry.data.title));
    await page.close();
  });
});

describe('moving between entries by the address', () => {
  it('always shows the entry in the address: a new hash, then back and forward', async () => {
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const name = page.getByLabel('拠点名', { exact: true });
    await expect.poll(() => name.inputValue(), SLOW).toContain('ゆい');
    await page.evaluate(() => {
      window.location.hash = '/collections/hubs/entries/furebono-cafe';
    });
    await expect.poll(() => name.inputValue(), SLOW).toBe('ふれぼのcafe');
    await page.evaluate(() => window.history.back());
    await expect.poll(() => name.inputValue(), SLOW).toContain('ゆい');
    await page.evaluate(() => window.history.forward());
    await expect.poll(() => name.inputValue(), SLOW).toBe('ふれぼのcafe');
    await page.close();
  });
});

describe('確認してください: warnings in the editor and the preview, never blocking', () => {
  it('a hub open under 6 hours a day', async () => {
    const page = await openAdmin('/collections/hubs/entries/fukufuku-salon-imazu');
    const closes = page.getByLabel('閉所時刻', { exact: true }).first();
    await closes.waitFor();
    await expect.poll(() => editorNotices(page).textContent(), SLOW).toContain('確認が必要な点はありません');
    await closes.fill('14:00');
    const rule = '制度の要件は1日6時間以上です。';
    await expect.poll(() => editorNotices(page).textContent(), SLOW).toContain(rule);
    await expect.poll(() => previewNotices(page).textContent(), SLOW).toContain(rule);
    await page.close();
  });

  it('a 臨時休業 on a Sunday for a Monday-to-Friday hub', async () => {
    const page = await openAdmin('/collections/calendars/entries/fukufuku-salon-imazu-2026-12');
    await page.getByRole('button', { name: '臨時休業を追加' }).click();
    await page.getByLabel('日付', { exact: true }).last().fill('2026-12-06');
    await page.getByLabel('休みの理由', { exact: true }).last().fill('行事のため');
    const warning = '12月6日(日)の臨時休業: この日はもともとふだんの休みの曜日です。';
    await expect.poll(() => editorNotices(page).textContent(), SLOW).toContain(warning);
    await expect.poll(() => previewNotices(page).textContent(), SLOW).toContain(warning);
    await page.close();
  });

  it('an <iframe> in a body, which the site leaves out', async () => {
    const page = await openAdmin('/collections/pages/entries/contact');
    const notice = '<iframe> は表示されません。';
    await expect.poll(() => editorNotices(page).textContent(), SLOW).toContain(notice);
    await expect.poll(() => previewNotices(page).textContent(), SLOW).toContain(notice);
    await page.close();
  });
});

describe('live previews', () => {
  it("a calendar preview shows a change to the hub's days published earlier in the session", async () => {
    const page = await openAdmin('/collections/calendars/entries/fukufuku-salon-imazu-2027-01');
    // 2027-01-11 is 成人の日: the hub closes on holidays, and 1/13 is a 臨時休業.
    await expect.poll(() => openDates(page), SLOW).toContain('12');
    expect(await openDates(page)).not.toContain('11');
    expect(await openDates(page)).not.toContain('13');

    await page.evaluate(() => {
      window.location.hash = '/collections/hubs';
    });
    await page.locator('a[href*="/collections/hubs/entries/fukufuku-salon-imazu"]').click();
    const file = path.join(content, 'hubs', 'fukufuku-salon-imazu.md');
    const before = readFileSync(file, 'utf8');
    // Decap's toggle is not a labelable element: find it by its label's `for`.
    const toggle = await page.locator('label', { hasText: '祝日は休み' }).first().getAttribute('for');
    await page.locator(`[id="${toggle}"]`).click();
    await page.getByText('公開', { exact: true }).first().click();
    await page.getByText('公開する', { exact: true }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).not.toBe(before);
    expect(readFileSync(file, 'utf8')).toMatch(/closedOnHolidays: false/);
    await page.getByText('保存済').first().waitFor();

    await page.evaluate(() => {
      window.location.hash = '/collections/calendars';
    });
    await page.locator('a[href*="/collections/calendars/entries/fukufuku-salon-imazu-2027-01"]').click();
    await expect.poll(() => openDates(page), SLOW).toContain('11');
    expect(await openDates(page)).not.toContain('13');
    await page.close();
  });
});
