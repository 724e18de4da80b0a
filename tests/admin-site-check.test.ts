/**
 * The CMS runs the build's cross-file rules against the content in the backend before every
 * save: the real /admin in headless Chromium against decap-server on a temporary repository.
 * Every refused save leaves every file as it was.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { freePort, logInToAdmin, startDecapServer, temporaryContentRepo } from './support/cmsStack';
import { type StaticServer, serveStatic } from './support/server';
import { buildSite, SHIPPED_CONTENT } from './support/site';

let content: string;
let decap: ChildProcess;
let admin: StaticServer;
let chromium: HeadlessChromium;
const scratch: string[] = [];

/** Every content file and its bytes: what a refused save must leave untouched. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(content, name);
    try {
      files.set(name, readFileSync(file, 'utf8'));
    } catch {
      // a folder
    }
  }
  return files;
}

beforeAll(async () => {
  const copy = temporaryContentRepo(SHIPPED_CONTENT);
  content = copy.content;
  scratch.push(copy.repo);
  mkdirSync(path.join(content, 'calendars'), { recursive: true });
  writeFileSync(
    path.join(content, 'calendars/yui-cafe-2026-10.yaml'),
    'hub: yui-cafe\nmonth: 2026-10\nclosures:\n  - date: 2026-10-14\n    reason: 設備点検のため\n',
  );
  const port = await freePort();
  decap = await startDecapServer(copy.repo, port);
  const build = buildSite(content, { DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1` });
  scratch.push(...build.folders);
  if (build.status !== 0) throw new Error(build.output);
  admin = await serveStatic(build.outDir);
  chromium = await launchChromium({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await chromium?.close();
  await admin?.close();
  decap?.kill();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function openAdmin(hash: string): Promise<Page> {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(20_000);
  return logInToAdmin(page, admin.origin, hash);
}

/** Presses 公開 → 公開する and returns the notice Decap shows. */
async function publishExpectingRefusal(page: Page, message: string): Promise<string> {
  await page.getByText('公開', { exact: true }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  const notice = page.locator('.Toastify');
  await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain(message);
  await page.waitForTimeout(1000);
  return (await notice.textContent()) ?? '';
}

async function pickHub(page: Page, typed: string, name: RegExp): Promise<void> {
  const hub = page.getByLabel('拠点', { exact: true });
  await hub.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name }).click();
}

/** 対象の月: the year, then the month's button. */
async function pickMonth(page: Page, year: string, month: string): Promise<void> {
  await page.getByLabel('対象の月', { exact: true }).selectOption(year);
  await page.getByRole('button', { name: month, exact: true }).click();
}

describe('the CMS checks the whole site before saving', () => {
  it('refuses a second calendar for the same hub and month, naming the file that has it', async () => {
    const before = snapshot();
    const page = await openAdmin('/collections/calendars/new');
    await pickHub(page, '結', /結\(ゆい\)cafe/);
    await pickMonth(page, '2026', '10月');
    await page.getByRole('button', { name: '臨時休業を追加' }).click();
    await page.getByLabel('日付', { exact: true }).first().fill('2026-10-21');
    await page.getByLabel('休みの理由', { exact: true }).first().fill('研修のため');
    const notice = await publishExpectingRefusal(page, '1つにまとめてください');
    expect(notice).toContain('content/calendars/yui-cafe-2026-10.yaml');
    expect(snapshot()).toEqual(before);
    await page.close();
  });

  it('refuses 運営日 on a hub with fixed weekdays and says to use 特別開所', async () => {
    const before = snapshot();
    const page = await openAdmin('/collections/calendars/new');
    await pickHub(page, 'なごみ', /まちCafeなごみ/);
    await pickMonth(page, '2026', '11月');
    await page
      .locator('table.open-days-grid')
      .getByRole('button', { name: /^11月1日/ })
      .click();
    await publishExpectingRefusal(page, '「特別開所」に追加してください');
    expect(snapshot()).toEqual(before);
    await page.close();
  });

  it("refuses a change of a published hub's URL name, which would orphan its calendar and feed", async () => {
    const before = snapshot();
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const slug = page.getByLabel('URL用の名前(半角英字)', { exact: true });
    await slug.waitFor();
    await slug.fill('yui-cafe-new');
    await publishExpectingRefusal(page, '「yui-cafe」は変えられません');
    expect(snapshot()).toEqual(before);
    // Nor can a hub be deleted, which would orphan its calendars and break its feed.
    await page.getByText('公開', { exact: true }).first().click();
    await expect(page.getByText(/削除/).count()).resolves.toBe(0);
    await page.close();
  });

  // A hub no other test here opens: Decap keeps a browser backup of an entry left unsaved.
  it('still saves an edit that breaks nothing', async () => {
    const file = path.join(content, 'hubs/furebono-cafe.md');
    const before = readFileSync(file, 'utf8');
    const page = await openAdmin('/collections/hubs/entries/furebono-cafe');
    const phone = page.getByLabel('電話番号', { exact: true });
    await phone.waitFor();
    await phone.fill('0798-61-1362');
    await page.getByText('公開', { exact: true }).first().click();
    await page.getByText('公開する', { exact: true }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).not.toBe(before);
    expect(readFileSync(file, 'utf8')).toContain('phone: 0798-61-1362');
    await page.close();
  });

  it('refuses a save over a newer save from another tab, and keeps saving in the tab that saved', async () => {
    const file = path.join(content, 'hubs/fukufuku-salon-imazu.md');
    const first = await openAdmin('/collections/hubs/entries/fukufuku-salon-imazu');
    const second = await openAdmin('/collections/hubs/entries/fukufuku-salon-imazu');
    for (const page of [first, second]) await page.getByLabel('電話番号', { exact: true }).waitFor();

    const before = readFileSync(file, 'utf8');
    await first.getByLabel('電話番号', { exact: true }).fill('0798-56-7116');
    await first.getByText('公開', { exact: true }).first().click();
    await first.getByText('公開する', { exact: true }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).not.toBe(before);
    await first.getByText('保存済').first().waitFor();
    const afterFirst = readFileSync(file, 'utf8');
    expect(afterFirst).toContain('phone: 0798-56-7116');

    // The second tab still shows the old entry: saving it would undo the first tab's change.
    await second.getByLabel('閉所時刻', { exact: true }).first().fill('16:30');
    await publishExpectingRefusal(second, '別の画面(別のタブや別の人)で保存されています');
    expect(readFileSync(file, 'utf8')).toBe(afterFirst);

    // The tab that saved knows its own version and may save again.
    await first.getByLabel('閉所時刻', { exact: true }).first().fill('16:30');
    await first.getByText('公開', { exact: true }).first().click();
    await first.getByText('公開する', { exact: true }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('16:30');
    expect(readFileSync(file, 'utf8')).toContain('phone: 0798-56-7116');
    await first.close();
    await second.close();
  });

  it('shows staff when the live site was built (its /build.json)', async () => {
    const page = await openAdmin('/collections/hubs');
    const status = page.locator('#publish-status');
    await status.waitFor();
    // The build in this test speaks for SOURCE_DATE_EPOCH (2026-09-15 12:00 JST): long ago, so a warning.
    expect(await status.textContent()).toContain('最後の公開: 9月15日(火) 12時');
    expect(await status.textContent()).toContain('作り直されていません');
    expect(await status.getAttribute('role')).toBe('alert');
    await page.close();
  });
});
