/**
 * Staff edits through the real CMS: the built /admin in headless Chromium, logged in through
 * decap-server writing into a temporary git copy of the shipped content. Then a real build
 * of that edited content must show what staff changed.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCsp, SITE_WIDE_CSP } from '../src/integrations/headerRules';
import { loadContent } from '../src/lib/content/load';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { freePort, logInToAdmin, publishNow, startDecapServer, temporaryContentRepo } from './support/cmsStack';
import { type StaticServer, serveStatic } from './support/server';
import { buildSite, SHIPPED_CONTENT } from './support/site';

let content: string;
let backendUrl: string;
let decap: ChildProcess;
let admin: StaticServer;
let chromium: HeadlessChromium;
let browser: BrowserContext;
/** Temporary folders to remove afterwards: the content repository and the builds. */
const scratch: string[] = [];
/** What Chromium reports the page's Content-Security-Policy blocked, across every page. */
const cspViolations: string[] = [];

const hubFile = (slug: string) => path.join(content, 'hubs', `${slug}.md`);
const read = (file: string) => readFileSync(file, 'utf8');

beforeAll(async () => {
  const copy = temporaryContentRepo(SHIPPED_CONTENT);
  content = copy.content;
  scratch.push(copy.repo);
  const port = await freePort();
  decap = await startDecapServer(copy.repo, port);
  // The admin bundle is pointed at this decap-server at build time (DECAP_LOCAL_BACKEND_URL).
  backendUrl = `http://127.0.0.1:${port}/api/v1`;
  const build = buildSite(content, { DECAP_LOCAL_BACKEND_URL: backendUrl });
  scratch.push(...build.folders);
  if (build.status !== 0) throw new Error(build.output);
  // Served with the production headers, so the CMS runs under the /admin/ CSP.
  admin = await serveStatic(build.outDir);
  chromium = await launchChromium({ viewport: { width: 1400, height: 1000 } });
  browser = chromium.context;
});

afterAll(async () => {
  await chromium?.close();
  await admin?.close();
  decap?.kill();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function openAdmin(hash = ''): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy'))
      cspViolations.push(`${message.text()} at ${JSON.stringify(message.location())} on ${page.url()}`);
  });
  return logInToAdmin(page, admin.origin, hash);
}

async function publishAndWaitFor(page: Page, file: string, before: string): Promise<string> {
  await publishNow(page);
  await expect.poll(() => read(file), { timeout: 15_000 }).not.toBe(before);
  await page.getByText('保存済').first().waitFor();
  return read(file);
}

describe('staff edit content in /admin', () => {
  it('logs in through the local backend and lists the 9 hubs in Japanese', async () => {
    const page = await openAdmin('/collections/hubs');
    const entries = page.locator('a[href*="/collections/hubs/entries/"]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(9);
    const names = await entries.allInnerTexts();
    expect(names).toContain('まちCafeなごみ');
    expect(names).toContain('お茶の間 ぷちだがしやさん');
    await expect(page.getByText('月ごとの運営カレンダー').count()).resolves.toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.close();
  });

  it('boots on a host that sends both the site-wide and the /admin/ blocks of _headers', async () => {
    // The test server sends every matching block, as Cloudflare Pages does: two policies, both enforced.
    const response = await fetch(`${admin.origin}/admin/`);
    expect(response.headers.get('content-security-policy')).toBe(
      `${SITE_WIDE_CSP}, ${adminCsp({ DECAP_LOCAL_BACKEND_URL: backendUrl })}`,
    );
    // The CMS logged in through the local backend under both (the test above), with no violation.
    const page = await openAdmin('/collections/pages');
    await expect
      .poll(() => page.locator('a[href*="/collections/pages/entries/"]').count(), { timeout: 15_000 })
      .toBe(6);
    await page.close();
    expect(cspViolations).toEqual([]);
  });

  it("changes a hub's closing time: the file changes and still passes the schema", async () => {
    const file = hubFile('machi-cafe-nagomi');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/machi-cafe-nagomi');
    const closes = page.getByLabel('閉所時刻', { exact: true }).first();
    await closes.waitFor();
    expect(await closes.inputValue()).toBe('16:00');
    await closes.fill('17:30');
    // The preview pane is the site's own HubView.
    await expect.poll(() => page.frameLocator('iframe').locator('.hub-summary').textContent()).toContain('9時〜17時半');
    const after = await publishAndWaitFor(page, file, before);
    expect(after).toMatch(/^ {2}closes: "?17:30"?$/m);
    const hub = loadContent(content).hubs.find((entry) => entry.data.slug === 'machi-cafe-nagomi');
    expect(hub?.data.schedule).toMatchObject({ opens: '09:00', closes: '17:30' });
    await page.close();
  });

  it('adds a month of operating days for the irregular hub with the hub picker, month picker and month grid', async () => {
    const page = await openAdmin('/collections/calendars/new');
    const hub = page.getByLabel('拠点', { exact: true });
    await hub.click();
    await page.keyboard.type('ぷち');
    await page.getByRole('option', { name: /ぷちだがしやさん/ }).click();
    await page.getByLabel('対象の月', { exact: true }).selectOption('2026');
    await page.getByRole('button', { name: '10月', exact: true }).click();
    const grid = page.locator('table.open-days-grid');
    await grid.getByRole('button', { name: /^10月5日/ }).click();
    await grid.getByRole('button', { name: /^10月1日/ }).click();
    await publishNow(page);
    const file = path.join(content, 'calendars', 'ochanoma-puchi-dagashiyasan-2026-10.yaml');
    await expect.poll(() => read(file).includes('2026-10-05'), { timeout: 15_000 }).toBe(true);
    expect(read(file)).toBe(
      `hub: ochanoma-puchi-dagashiyasan\nmonth: 2026-10\nopenDays:\n  - date: 2026-10-01\n  - date: 2026-10-05\nupdated: ${tokyoDateOf(new Date())}\n`,
    );
    const month = loadContent(content).months.find((entry) => entry.data.hub === 'ochanoma-puchi-dagashiyasan');
    expect(month?.data.openDays.map((day) => day.date)).toEqual(['2026-10-01', '2026-10-05']);
    await page.close();
  });

  it('refuses a closing time before the opening time with the Japanese message, leaving the file alone', async () => {
    const file = hubFile('yui-cafe');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const closes = page.getByLabel('閉所時刻', { exact: true }).first();
    await closes.waitFor();
    await closes.fill('08:00');
    await publishNow(page);
    const notice = page.locator('.Toastify');
    await expect.poll(() => notice.textContent()).toContain('閉所時刻は開所時刻より後にしてください。');
    expect(await notice.textContent()).toContain('開所日と時間 › 閉所時刻');
    await expect(page.getByText('未保存').count()).resolves.toBe(1);
    await page.waitForTimeout(1000);
    expect(read(file)).toBe(before);
    await page.close();
  });

  it('refuses a malformed phone number in the form, leaving the file alone', async () => {
    const file = hubFile('yui-cafe');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const phone = page.getByLabel('電話番号', { exact: true });
    await phone.waitFor();
    await phone.fill('0798-123');
    await publishNow(page);
    // Decap's own pattern check, with the schema's message, next to the field.
    await page
      .getByText('電話番号は「0798-35-3187」のように市外局番からハイフン区切りで入力してください。')
      .first()
      .waitFor();
    await page.waitForTimeout(1000);
    expect(read(file)).toBe(before);
    await page.close();
  });

  it('refuses a hub name with a hidden reading-order mark, as the build does, leaving the file alone', async () => {
    const file = hubFile('yui-cafe');
    const before = read(file);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const name = page.getByLabel('拠点名', { exact: true });
    await name.waitFor();
    await name.fill('結\u202ecafe');
    await publishNow(page);
    const notice = page.locator('.Toastify');
    await expect
      .poll(() => notice.textContent())
      .toContain('文字の並ぶ向きを変える見えない記号が含まれています(2文字目)');
    expect(await notice.textContent()).toContain('「拠点名」');
    await page.waitForTimeout(1000);
    expect(read(file)).toBe(before);
    await page.close();
  });

  it('keeps Japanese text with emoji typed into a body exactly', async () => {
    const file = hubFile('hamaco-living');
    const before = read(file);
    const typed = '🍵お茶をどうぞ😊👨‍👩‍👧「木曜は１０時から」〜です';
    const page = await openAdmin('/collections/hubs/entries/hamaco-living');
    const editor = page.locator('[contenteditable=true]').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(typed);
    const after = await publishAndWaitFor(page, file, before);
    expect(after).toContain(typed);
    const hub = loadContent(content).hubs.find((entry) => entry.data.slug === 'hamaco-living');
    expect(hub?.body).toContain(typed);
    expect(hub?.body).toContain('運営は一般社団法人まちのね浜甲子園が地域のみなさんと一緒に行っています。');
    await page.close();
  });

  it('ran every edit under the production /admin/ CSP without a violation', () => {
    expect(cspViolations).toEqual([]);
  });

  it('a build of the edited content shows the new closing time, and the announced days on the page and in the feed', async () => {
    const build = buildSite(content);
    scratch.push(...build.folders);
    expect(build.status, build.output).toBe(0);
    const site = await serveStatic(build.outDir);
    const page = await browser.newPage();
    try {
      await page.goto(`${site.origin}/hubs/machi-cafe-nagomi/`);
      expect(await page.locator('.hub-summary').textContent()).toContain('9時〜17時半');
      await page.goto(`${site.origin}/hubs/ochanoma-puchi-dagashiyasan/`);
      const october = page.locator('table.month-calendar', { hasText: '2026年10月の開所日' });
      expect(await october.locator('td.day.open .date').allInnerTexts()).toEqual(['1', '5']);
      // Both days keep the usual hours, which the page states once instead of in every cell.
      expect(await october.locator('td.day.open .detail').count()).toBe(0);
      expect(await page.locator('.calendars').textContent()).toContain('ふだんの時間(10時〜17時)');
      // …and in its calendar feed: 10:00 JST is 01:00 UTC.
      const feed = build.read('hubs/ochanoma-puchi-dagashiyasan/calendar.ics');
      expect(feed.match(/^DTSTART:202610\d\dT\d+Z$/gm)).toEqual([
        'DTSTART:20261001T010000Z',
        'DTSTART:20261005T010000Z',
      ]);
      await page.goto(`${site.origin}/hubs/hamaco-living/`);
      expect(await page.locator('.prose').textContent()).toContain('🍵お茶をどうぞ😊👨‍👩‍👧「木曜は１０時から」〜です');
    } finally {
      await page.close();
      await site.close();
    }
  });
});
