/**
 * The project's own CMS widgets in the real Decap CMS (headless Chromium, decap-server over a
 * temporary copy of the shipped content): the month picker, the month grid of operating days,
 * 24-hour times, dates with their weekday, full-width digits stored half-width, one-line
 * short fields and the 任意 mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load';
import { type AdminStack, startAdminStack } from './support/cmsStack';
import { SHIPPED_CONTENT } from './support/site';

let stack: AdminStack;
let content: string;
const read = (file: string) => readFileSync(file, 'utf8');
const hubFile = (slug: string) => path.join(content, 'hubs', `${slug}.md`);
const openAdmin = (hash: string) => stack.openAdmin(hash);

beforeAll(async () => {
  // The year picker lists last year to two years ahead: the tests pick 2026 and 2027.
  stack = await startAdminStack(SHIPPED_CONTENT, { now: new Date('2026-09-20T10:00:00+09:00') });
  content = stack.content;
});

afterAll(async () => {
  await stack?.close();
});

/** Every click, fill, key press and choice a member of staff makes, counted. */
class Steps {
  count = 0;
  async do<T>(action: () => Promise<T>): Promise<T> {
    this.count += 1;
    return action();
  }
}

async function publish(page: Page, steps = new Steps()): Promise<void> {
  await steps.do(() => page.getByText('公開', { exact: true }).first().click());
  await steps.do(() => page.getByText('公開する', { exact: true }).click());
}

async function publishAndWaitFor(page: Page, file: string, before: string): Promise<string> {
  await publish(page);
  await expect.poll(() => read(file), { timeout: 15_000 }).not.toBe(before);
  await page.getByText('保存済').first().waitFor();
  return read(file);
}

describe('the CMS widgets', () => {
  it('announces 8 days for the irregular hub with the month picker and the month grid', async () => {
    const page = await openAdmin('/collections/calendars/new');
    const steps = new Steps();
    await steps.do(() => page.getByLabel('拠点', { exact: true }).click());
    await steps.do(() => page.keyboard.type('ぷち'));
    await steps.do(() => page.getByRole('option', { name: /ぷちだがしやさん/ }).click());

    const grid = page.locator('table.open-days-grid');
    await page.getByText('先に「対象の月」を選ぶと').waitFor();
    const year = page.getByLabel('対象の月', { exact: true });
    expect(await year.evaluate((element) => element.tagName)).toBe('SELECT');
    await steps.do(() => year.selectOption('2026'));
    await steps.do(() => page.getByRole('button', { name: '10月', exact: true }).click());
    await page.getByText('選んだ月: 2026年10月').waitFor();

    // The grid follows 対象の月: Sunday first, holidays named, the hub's usual hours stated.
    await expect.poll(() => grid.locator('caption').textContent()).toBe('2026年10月');
    expect(await grid.locator('thead th').allInnerTexts()).toEqual(['日', '月', '火', '水', '木', '金', '土']);
    expect(await grid.locator('td.holiday button').getAttribute('aria-label')).toBe('10月12日(月) スポーツの日');
    await page.getByText('時間は拠点のふだんの時間(10:00〜17:00)です。').waitFor();

    for (const day of [20, 1, 5, 8, 13, 15, 22, 27]) {
      await steps.do(() => grid.getByRole('button', { name: new RegExp(`^10月${day}日`) }).click());
    }
    // A second press takes a day off again.
    await grid.getByRole('button', { name: /^10月27日/ }).click();
    await grid.getByRole('button', { name: /^10月27日/ }).click();
    await page.getByText('選んだ日: 8日').waitFor();
    await publish(page, steps);

    const file = path.join(content, 'calendars', 'ochanoma-puchi-dagashiyasan-2026-10.yaml');
    await expect.poll(() => read(file).includes('2026-10-27'), { timeout: 15_000 }).toBe(true);
    const dates = ['01', '05', '08', '13', '15', '20', '22', '27'];
    expect(read(file)).toBe(
      // 更新日 is the CMS's today (its clock is pinned to 2026-09-20).
      `hub: ochanoma-puchi-dagashiyasan\nmonth: 2026-10\nopenDays:\n${dates.map((day) => `  - date: 2026-10-${day}\n`).join('')}updated: 2026-09-20\n`,
    );
    const month = loadContent(content).months.find((entry) => entry.data.month === '2026-10');
    expect(month?.data.openDays).toHaveLength(8);
    // What announcing 8 days costs staff: hub (3) + month (2) + 8 days + 公開 (2).
    expect(steps.count).toBe(15);

    // One day with its own hours, typed with a Japanese IME, once the saved entry is back on screen.
    // A new entry is saved, then Decap moves to its address and loads it again: type only after that.
    await page.waitForURL(/\/collections\/calendars\/entries\/ochanoma-puchi-dagashiyasan-2026-10$/, {
      timeout: 15_000,
    });
    await page.getByText('保存済').first().waitFor();
    await page.getByText('選んだ日: 8日').waitFor();
    const opens = page.getByLabel('10月13日(火)の開所時刻');
    await opens.fill('１３００');
    await opens.press('Tab');
    await expect.poll(() => opens.inputValue()).toBe('13:00');
    await publish(page);
    await expect
      .poll(() => read(file), { timeout: 15_000 })
      .toMatch(/^ {2}- date: 2026-10-13\n {4}opens: "?13:00"?\n/m);
    await page.close();
  });

  it('shows and stores times in 24 hours and dates with their weekday, typed full-width or not', async () => {
    const file = hubFile('hamaco-living');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/hamaco-living');
    const closes = page.getByLabel('閉所時刻', { exact: true }).first();
    await closes.waitFor();
    expect(await closes.inputValue()).toBe('17:00');
    expect(await closes.getAttribute('type')).toBe('text');
    await closes.fill('１６３０');
    await closes.press('Tab');
    expect(await closes.inputValue()).toBe('16:30');
    await page.getByText('24時間制').first().waitFor();
    // No 現時刻 / "now" button beside a time.
    expect(await page.getByRole('button', { name: /現在|現時刻|now/i }).count()).toBe(0);
    const after = await publishAndWaitFor(page, file, before);
    expect(after).toMatch(/^ {2}closes: "?16:30"?$/m);
    await page.close();

    // A date typed the way a Japanese IME types it, in a 臨時休業.
    const calendar = await openAdmin('/collections/calendars/new');
    await calendar.getByLabel('拠点', { exact: true }).click();
    await calendar.keyboard.type('HAMACO');
    await calendar.getByRole('option', { name: /HAMACO/ }).click();
    await calendar.getByLabel('対象の月', { exact: true }).selectOption('2026');
    await calendar.getByRole('button', { name: '10月', exact: true }).click();
    await calendar.getByRole('button', { name: '臨時休業を追加' }).click();
    const date = calendar.getByLabel('日付', { exact: true });
    await date.fill('２０２６／１０／２１');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('2026-10-21');
    await calendar.getByText('2026年10月21日(水)').waitFor();
    expect(await calendar.getByRole('button', { name: /現在|現時刻|now/i }).count()).toBe(0);
    await calendar.getByLabel('休みの理由', { exact: true }).fill('設備点検のため');
    await publish(calendar);
    const closureFile = path.join(content, 'calendars', 'hamaco-living-2026-10.yaml');
    await expect
      .poll(() => (existsSync(closureFile) ? read(closureFile) : ''), { timeout: 15_000 })
      .toContain('date: 2026-10-21');
    expect(loadContent(content).months.find((entry) => entry.data.hub === 'hamaco-living')?.data.closures).toEqual([
      { date: '2026-10-21', reason: '設備点検のため' },
    ]);
    await calendar.close();
  });

  it('keeps the phone number on one line and stores full-width digits half-width', async () => {
    const file = hubFile('yui-cafe');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const phone = page.getByLabel('電話番号', { exact: true });
    await phone.waitFor();
    expect(await phone.evaluate((element) => element.tagName)).toBe('INPUT');
    await phone.press('End');
    await phone.press('Enter');
    expect(await phone.inputValue()).toBe('090-4831-1303');
    await phone.fill('０９０ー４８３１－１３０４');
    expect(await phone.inputValue()).toBe('０９０ー４８３１－１３０４');
    await phone.press('Tab');
    expect(await phone.inputValue()).toBe('090-4831-1304');
    const after = await publishAndWaitFor(page, file, before);
    expect(after).toMatch(/^phone: "?090-4831-1304"?$/m);
    await page.close();
  });

  it('marks optional fields 任意, and says which schedule needs the conditional ones', async () => {
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const label = (text: string) => page.locator('label', { hasText: text }).first();
    await label('拠点名').waitFor();
    expect(await label('地区').textContent()).toBe('地区 (任意)');
    expect(await label('拠点名').textContent()).toBe('拠点名');
    await page.getByText('曜日固定の拠点では必須です。').waitFor();
    await page.getByText('曜日固定なしの拠点では必須です').waitFor();
    await page.close();

    const settings = await openAdmin('/collections/settings/entries/site');
    const yearEnd = settings.getByLabel('年末年始休みの始まり(月-日)', { exact: false });
    await yearEnd.waitFor();
    expect(await yearEnd.evaluate((element) => element.tagName)).toBe('INPUT');
    expect(await yearEnd.inputValue()).toBe('12-29');
    await settings.close();
  });
});
