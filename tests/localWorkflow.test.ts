/**
 * `npm run dev -- --workflow`: a draft saved in the real CMS lives on its own branch, moves
 * through 下書き → レビュー中 → 準備完了, and shows on the dev site only after 公開. The repository
 * is a temporary copy; its working tree is never checked out under the running dev server.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { logInToAdmin, temporaryContentRepo } from './support/cmsStack';
import { type DevServer, eventually, startDev } from './support/devServer';
import { SHIPPED_CONTENT } from './support/site';

let repo: string;
let dev: DevServer;
let chromium: HeadlessChromium;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

beforeAll(async () => {
  repo = temporaryContentRepo(SHIPPED_CONTENT).repo;
  writeFileSync(path.join(repo, '.gitignore'), '.cms/\n');
  git('add', '.gitignore');
  git('commit', '-q', '-m', 'ignore');
  // An unrelated file in the checkout: a draft commit must not sweep it in.
  writeFileSync(path.join(repo, 'notes.txt'), '未コミットのメモ\n');
  dev = await startDev({ CMS_REPO: repo }, ['--workflow']);
  chromium = await launchChromium({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await chromium?.close();
  dev?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** The dev site's page for the hub; a request the dev server is slow to answer (it reloads after 公開) counts as not yet. */
const hubPage = async () =>
  fetch(`http://127.0.0.1:${dev.sitePort}/hubs/yui-cafe/`, { signal: AbortSignal.timeout(10_000) }).then(
    (response) => response.text(),
    () => '',
  );

async function setStatus(page: Page, status: string): Promise<void> {
  await page
    .getByText(/^状態:/)
    .first()
    .click();
  await page
    .getByRole('menuitem', { name: status })
    .or(page.getByText(status, { exact: true }))
    .first()
    .click();
  await page.getByText(`状態: ${status}`).first().waitFor();
}

describe('the local editorial workflow', () => {
  it('keeps a saved draft off the site until 公開, on its own branch', async () => {
    onTestFailed(() => {
      console.log(`dev server output:\n${dev.output().slice(-3000)}\nbranches:\n${git('branch')}`);
    });
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(60_000);
    await logInToAdmin(page, `http://127.0.0.1:${dev.sitePort}`, '/collections/hubs/entries/yui-cafe');
    const phone = page.getByLabel('電話番号', { exact: true });
    await phone.waitFor();
    await phone.fill('090-4831-1310');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    // The draft is a commit on its own branch that holds the hub file only.
    const draftFiles = async () => {
      try {
        return git('diff', '--name-only', 'cms-workflow', 'cms/hubs/yui-cafe').trim();
      } catch {
        return ''; // no branch yet
      }
    };
    expect(await eventually(draftFiles, (files) => files !== '')).toBe('content/hubs/yui-cafe.md');
    // The site still shows the published number.
    expect(await hubPage()).toContain('090-4831-1303');
    expect(readFileSync(path.join(repo, 'content/hubs/yui-cafe.md'), 'utf8')).toContain('090-4831-1303');

    await setStatus(page, 'レビュー中');
    await setStatus(page, '準備完了');
    expect(await hubPage()).toContain('090-4831-1303');

    // Decap asks 「この内容を公開しますか?」 before it merges the draft.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByText('公開', { exact: true }).first().click();
    await page.getByText('公開する', { exact: true }).click();
    // 公開 merged the draft and deleted its branch; the CMS is done with before the site is read.
    await eventually(
      async () => git('branch', '--list', 'cms/*').trim(),
      (branches) => branches === '',
      60_000,
    );
    await page.close({ runBeforeUnload: false });
    await eventually(hubPage, (html) => html.includes('090-4831-1310'), 90_000);
    expect(git('show', 'cms-workflow:content/hubs/yui-cafe.md')).toContain('090-4831-1310');
    // The checkout itself was never switched, and its own files were left alone.
    expect(git('branch', '--show-current').trim()).toBe('main');
    expect(readFileSync(path.join(repo, 'notes.txt'), 'utf8')).toBe('未コミットのメモ\n');
    expect(git('show', '--stat', '--format=', 'cms-workflow')).not.toContain('notes.txt');
  });
});
