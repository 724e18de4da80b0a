/**
 * The words staff read in the real CMS: the built /admin (with drafts, as deployed) in headless
 * Chromium against decap-server in git mode over a temporary copy of the content. Every main
 * screen is opened and read: none of Decap's developer words or English phrases may show, the
 * login page names the site and the city, and a save that cannot reach the server says so in
 * Japanese.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phrases } from '../admin/locale';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { freePort, logInToAdmin, startDecapServer, temporaryContentRepo } from './support/cmsStack';
import { type StaticServer, serveStatic } from './support/server';
import { buildSite, SHIPPED_CONTENT } from './support/site';

/** Decap's words that staff stumbled on, and what its Japanese locale says for developers. */
const STUMBLING_WORDS = [
  'エントリ',
  'コレクション',
  'マークダウン',
  'プレビューのチェック',
  '作成中',
  '現時刻',
  'ワークフロー',
  'バックエンド',
  'Decap',
];

let decap: ChildProcess;
let admin: StaticServer;
let chromium: HeadlessChromium;
let englishPhrases: string[];
const scratch: string[] = [];
const cspViolations: string[] = [];
// ADMIN_SCREENSHOTS=dir keeps the screenshots for a person to look at.
const shots = process.env.ADMIN_SCREENSHOTS ?? mkdtempSync(path.join(tmpdir(), 'kyosei-wording-shots-'));
if (!process.env.ADMIN_SCREENSHOTS) scratch.push(shots);

/** Every English phrase of Decap's UI, cut at its placeholders, long enough not to match by chance. */
function phrasesOf(table: Phrases): string[] {
  return Object.values(table).flatMap((value) =>
    typeof value === 'object'
      ? phrasesOf(value)
      : value
          .split(/%\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => /[A-Za-z]{4,}/.test(part) && part.length >= 5),
  );
}

beforeAll(async () => {
  const { default: en } = await import('decap-cms-locales/dist/esm/en/index.js');
  englishPhrases = [...new Set(phrasesOf(en))];
  const copy = temporaryContentRepo(SHIPPED_CONTENT);
  scratch.push(copy.repo);
  const port = await freePort();
  decap = await startDecapServer(copy.repo, port, 'git');
  const build = buildSite(copy.content, {
    DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`,
    DECAP_LOCAL_WORKFLOW: 'true',
  });
  scratch.push(...build.folders);
  if (build.status !== 0) throw new Error(build.output);
  admin = await serveStatic(build.outDir);
  chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  await admin?.close();
  decap?.kill();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(`${message.text()} on ${page.url()}`);
  });
  return page;
}

/** What the screen says, checked against the stumbling words and Decap's English. */
async function expectPlainWords(page: Page, screen: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${screen}.png`) });
  // biome-ignore lint/performance/useDomNodeTextContent: what staff read is the rendered text, hidden parts left out.
  const text = await page.evaluate(() => document.body.innerText);
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .map((element) =>
        ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '').join(' '),
      )
      .join('\n'),
  );
  const seen = `${text}\n${labels}`;
  expect(
    STUMBLING_WORDS.filter((word) => seen.includes(word)),
    `${screen}:\n${seen}`,
  ).toEqual([]);
  expect(
    englishPhrases.filter((phrase) => seen.includes(phrase)),
    `${screen}:\n${seen}`,
  ).toEqual([]);
}

describe('the CMS speaks to staff in their words', () => {
  it.each([
    ['login-1280', 1280, 900],
    ['login-390', 390, 844],
  ] as const)('shows the site name and the city on the login page (%s)', async (screen, width, height) => {
    const page = await newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${admin.origin}/admin/`);
    const logo = page.locator('img[src="/admin/logo.svg"]');
    await logo.waitFor();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    // The picture loaded (the CSP allows it) and fits the screen.
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    const box = await logo.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
    // What it shows: text written from content/settings/site.yaml.
    const svg = await (await page.request.get(`${admin.origin}/admin/logo.svg`)).text();
    expect(svg).toContain('>西宮市</text>');
    expect(svg).toContain('>共生型地域交流拠点</text>');
    expect(await logo.getAttribute('alt')).toBe('管理画面 | 西宮市 共生型地域交流拠点');
    await expectPlainWords(page, screen);
    await page.close();
    expect(cspViolations).toEqual([]);
  });

  it('uses plain words on the list, the editor, the drafts and the images screens', async () => {
    const page = await logInToAdmin(await newPage(), admin.origin);
    await expectPlainWords(page, 'collections');

    await page.goto(`${admin.origin}/admin/#/collections/hubs`);
    await page.getByText('まちCafeなごみ').first().waitFor();
    await expectPlainWords(page, 'hub-list');

    await page.goto(`${admin.origin}/admin/#/collections/hubs/entries/machi-cafe-nagomi`);
    await page.getByText('拠点名', { exact: true }).first().waitFor();
    await page.getByText('交流拠点を編集中').waitFor();
    // The Markdown toggle names what staff see, and dates offer 「今日」, times nothing.
    await page.getByText('見たまま編集').first().waitFor();
    const nowButtons = page.locator('[data-testid="now-button"]:visible');
    expect(await nowButtons.allInnerTexts()).toEqual(
      Array(await page.locator('input[type="date"]').count()).fill('今日'),
    );
    await expectPlainWords(page, 'hub-editor');
    await page.getByText('記号で編集').first().click();
    await expectPlainWords(page, 'hub-editor-raw');
    // A saved change is a draft: its toolbar and its card on the drafts screen.
    await page.getByLabel('電話番号', { exact: true }).fill('0798-20-2334');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('保存しました。').waitFor();
    await page.getByText('状態: 下書き').waitFor();
    await expectPlainWords(page, 'hub-draft');

    await page.goto(`${admin.origin}/admin/#/collections/calendars/new`);
    await page.getByText('対象の月', { exact: true }).first().waitFor();
    await expectPlainWords(page, 'calendar-new');

    await page.goto(`${admin.origin}/admin/#/workflow`);
    await page.getByRole('heading', { name: '下書きと公開' }).waitFor();
    const card = page.getByText('まちCafeなごみ').first();
    await card.waitFor();
    await card.hover();
    await expectPlainWords(page, 'workflow');

    await page.goto(`${admin.origin}/admin/#/collections/hubs`);
    await page.getByRole('button', { name: '画像' }).click();
    await page.getByText('アップロードする').waitFor();
    await expectPlainWords(page, 'media');
    await page.close();
    expect(cspViolations).toEqual([]);
  });

  it('says in Japanese that a save could not reach the server', async () => {
    const page = await logInToAdmin(await newPage(), admin.origin, '/collections/pages/entries/about');
    const title = page.locator('input[id^="title-field"]').first();
    await title.waitFor();
    await title.fill('共生型地域交流拠点とは(保存できない確認)');
    const toast = page.locator('.Toastify__toast');
    const failedSave = async (screen: string) => {
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await toast.first().waitFor();
      // Past the toast's slide-in, for the screenshot.
      await page.waitForTimeout(1000);
      const message = (await toast.first().textContent()) ?? '';
      await page.screenshot({ path: path.join(shots, `${screen}.png`) });
      await toast.first().click();
      await toast.first().waitFor({ state: 'detached' });
      return message;
    };

    // The network drops as Decap writes the entry (its own error path, after the site check).
    await page.route('**/api/v1', (route) =>
      route.request().postData()?.includes('"persistEntry"') ? route.abort('connectionfailed') : route.continue(),
    );
    const dropped = await failedSave('save-failed-network');
    expect(dropped).toContain('保存できませんでした');
    expect(dropped).toContain('保存先のサーバーにつながりませんでした');
    expect(dropped, dropped).not.toMatch(/[A-Za-z]{4,}/);
    await page.unroute('**/api/v1');

    // decap-server has stopped: the site check before the save cannot read the other files.
    decap.kill();
    await new Promise((resolve) => decap.once('exit', resolve));
    const stopped = await failedSave('save-failed-server-stopped');
    expect(stopped).toContain('保存できませんでした');
    expect(stopped, stopped).not.toMatch(/[A-Za-z]{4,}/);
  });
});
