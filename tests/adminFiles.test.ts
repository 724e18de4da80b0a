/**
 * What saving in the real CMS does to files: only what staff changed (the diff a reviewer sees),
 * 更新日 kept by the CMS, and photos: a Japanese file name uploads under a safe name and shows
 * at once; what is not a photo, or too large, is refused with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { type AdminStack, publishNow, startAdminStack } from './support/cmsStack';
import { FIXTURES, SHIPPED_CONTENT } from './support/site';

let repo: string;
let stack: AdminStack;
const cspViolations: string[] = [];

const read = (relative: string) => readFileSync(path.join(repo, relative), 'utf8');
const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout;
const today = () => tokyoDateOf(new Date());
const HUB = 'content/hubs/yui-cafe.md';
const PAGE = 'content/pages/about.md';
const MEDIA = 'public/images/hubs';
const DOCUMENTS = 'content/documents';

/** The lines a reviewer's diff shows for a file since the last commit. */
function diffLines(relative: string): string[] {
  return git('diff', '-U0', '--no-color', 'HEAD', '--', relative)
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}

/** A real PNG of one colour (what a phone photo is, as far as the CMS can tell). */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  stack = await startAdminStack(SHIPPED_CONTENT, {
    prepare: (copy) => {
      repo = copy.repo;
      // A hub file as a person writes one: a comment, quotes, and a `-` list in the body.
      const hub = read(HUB)
        .replace('phone:', '# 代表の番号です\nphone:')
        .concat('\n開いている日:\n\n- 火曜日から金曜日まで\n- 「結cafe」の看板が目印です\n');
      writeFileSync(path.join(repo, HUB), hub);
      git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qam', 'hand-written hub');
    },
  });
});

afterAll(async () => {
  await stack?.close();
});

function openAdmin(hash: string): Promise<Page> {
  return stack.openAdmin(hash, (page) => {
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(`${message.text()} on ${page.url()}`);
    });
  });
}

async function publishAndWait(page: Page, relative: string, before: string): Promise<void> {
  await publishNow(page);
  await expect.poll(() => read(relative), { timeout: 15_000 }).not.toBe(before);
  await page.getByText('保存済').first().waitFor();
}

/** Commits what the last test saved, so each diff shows one save. */
/**
 * Puts the caret at the end of the editor's last paragraph and waits until the browser reports it
 * there: the rich-text editor can still move the selection while it settles after loading.
 */
async function caretAtEnd(page: Page, editor: Locator): Promise<Locator> {
  const last = editor.locator('p').last();
  await expect
    .poll(async () => {
      await last.click();
      await page.keyboard.press('End');
      return last.evaluate((paragraph) => {
        const selection = getSelection();
        if (!selection?.isCollapsed || !selection.anchorNode || !paragraph.contains(selection.anchorNode)) return false;
        const rest = document.createRange();
        rest.setStart(selection.anchorNode, selection.anchorOffset);
        rest.setEndAfter(paragraph);
        return rest.toString() === '';
      });
    })
    .toBe(true);
  return last;
}

function commitAll(): void {
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'saved');
}

describe('saving in the CMS changes only what staff changed', () => {
  it('changes one line of a hand-written hub for one changed field, and sets 更新日 to today', async () => {
    const before = read(HUB);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    const phone = page.getByLabel('電話番号', { exact: true });
    await phone.waitFor();
    await phone.fill('0798-00-1111');
    await publishAndWait(page, HUB, before);
    expect(diffLines(HUB)).toEqual([
      '-phone: 090-4831-1303',
      '+phone: 0798-00-1111',
      '-updated: 2026-11-26',
      `+updated: ${today()}`,
    ]);
    // Staff never see or set it: the CMS keeps it.
    expect(await page.getByText('更新日', { exact: true }).count()).toBe(0);
    await page.close();
    commitAll();
  });

  it("keeps a page's Markdown as written when staff add a sentence in the editor", async () => {
    const before = read(PAGE);
    const lastLine = before.trimEnd().split('\n').pop() ?? '';
    const page = await openAdmin('/collections/pages/entries/about');
    const editor = page.locator('[contenteditable=true]').first();
    await editor.waitFor();
    const last = await caretAtEnd(page, editor);
    await page.keyboard.insertText('お気軽にどうぞ。');
    await expect.poll(() => last.textContent()).toMatch(/お気軽にどうぞ。$/);
    await publishAndWait(page, PAGE, before);
    expect(diffLines(PAGE)).toEqual([
      '-updated: 2026-11-25',
      `+updated: ${today()}`,
      `-${lastLine}`,
      `+${lastLine}お気軽にどうぞ。`,
    ]);
    await page.close();
    commitAll();
  });

  it('leaves the file and 更新日 alone when a save changes nothing the site shows', async () => {
    const before = read(PAGE);
    const page = await openAdmin('/collections/pages/entries/about');
    const editor = page.locator('[contenteditable=true]').first();
    await editor.waitFor();
    // Typing and deleting a character makes the editor re-write the whole body (`*` for `-`).
    const last = await caretAtEnd(page, editor);
    await page.keyboard.insertText('〓');
    await expect.poll(() => last.textContent()).toMatch(/〓$/);
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor.textContent()).not.toContain('〓');
    await page.getByText('未保存').first().waitFor();
    await publishNow(page);
    await page.getByText('保存済').first().waitFor();
    await page.waitForTimeout(1000);
    expect(read(PAGE)).toBe(before);
    await page.close();
  });
});

describe('photos', () => {
  const photos = () => (existsSync(path.join(repo, MEDIA)) ? readdirSync(path.join(repo, MEDIA)) : []);

  async function pickInMediaLibrary(page: Page, name: string, bytes: Buffer): Promise<void> {
    await page.getByRole('button', { name: '写真を追加' }).click();
    await page.getByRole('button', { name: '画像を選択' }).click();
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'image/png', buffer: bytes });
  }

  it('uploads a photo with a Japanese file name under a safe name, shown at once in the form and the preview', async () => {
    const photo = png(40, 30, [200, 100, 50]);
    const before = read(HUB);
    const page = await openAdmin('/collections/hubs/entries/yui-cafe');
    await page.getByLabel('電話番号', { exact: true }).waitFor();
    await pickInMediaLibrary(page, '交流スペース.png', photo);
    const card = page.getByText(/^photo-\d{8}-[0-9a-f]{8}\.png$/);
    await card.waitFor();
    const name = (await card.textContent()) ?? '';
    expect(name.startsWith(`photo-${today().replaceAll('-', '')}-`)).toBe(true);
    await page.getByRole('button', { name: '選択する' }).click();
    await page.getByLabel('写真の説明(代替テキスト)', { exact: true }).fill('交流スペースの様子');
    const loaded = (image: ReturnType<Page['locator']>) =>
      image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth);
    await expect.poll(() => loaded(page.locator(`img[src^="blob:"]`).first())).toBe(40);
    const preview = page.frameLocator('iframe').locator('figure img');
    await expect.poll(() => preview.getAttribute('alt')).toBe('交流スペースの様子');
    await expect.poll(() => loaded(preview)).toBe(40);
    await publishAndWait(page, HUB, before);
    await expect.poll(() => photos()).toEqual([name]);
    expect(readFileSync(path.join(repo, MEDIA, name)).equals(photo)).toBe(true);
    // 更新日 is already today (the first test saved this hub).
    expect(diffLines(HUB)).toEqual(['+photos:', `+  - src: /images/hubs/${name}`, '+    alt: 交流スペースの様子']);
    await page.close();
    commitAll();
  });

  it('refuses a file that is not a photo, and one too large, with a message, uploading nothing', async () => {
    const page = await openAdmin('/collections/hubs/entries/furebono-cafe');
    await page.getByLabel('電話番号', { exact: true }).waitFor();
    const messages: string[] = [];
    page.on('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.accept();
    });
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(2048)]);
    await pickInMediaLibrary(page, '案内.png', program);
    await expect
      .poll(() => messages)
      .toEqual([
        '「案内.png」は写真(JPEG・PNG・WebP・GIF)のファイルではないため、追加できません。写真のファイルを選んでください。',
      ]);
    const large = Buffer.concat([png(2, 2, [0, 0, 0]), Buffer.alloc(6 * 1024 * 1024)]);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '大きな写真.png', mimeType: 'image/png', buffer: large });
    await expect.poll(() => messages.length).toBe(2);
    expect(messages[1]).toMatch(
      /^「大きな写真\.png」は 6\.0 MB あり、大きすぎるため追加できません。写真は 5 MB 以下に/,
    );
    await page.waitForTimeout(1000);
    expect(await page.getByText(/\.png$/).count()).toBe(1);
    expect(photos()).toHaveLength(1);
    await page.close();
  });

  it('attaches a month’s 運営日のお知らせ (a PDF with a Japanese name) to a new calendar, refusing a file that is not one', async () => {
    const month = today().slice(0, 7);
    const calendar = `content/calendars/ochanoma-puchi-dagashiyasan-${month}.yaml`;
    const documents = () => (existsSync(path.join(repo, DOCUMENTS)) ? readdirSync(path.join(repo, DOCUMENTS)) : []);
    const page = await openAdmin('/collections/calendars/new');
    const messages: string[] = [];
    page.on('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.accept();
    });
    await page.getByLabel('拠点', { exact: true }).click();
    await page.getByRole('option', { name: 'お茶の間 ぷちだがしやさん', exact: true }).click();
    await page.getByRole('button', { name: `${Number(month.slice(5))}月`, exact: true }).click();
    await page.getByRole('button', { name: 'ファイルを選択' }).click();
    const upload = page.locator('input[type=file]');
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(2048)]);
    await upload.setInputFiles({ name: '案内.pdf', mimeType: 'application/pdf', buffer: program });
    await expect
      .poll(() => messages)
      .toEqual([
        '「案内.pdf」は PDF か画像(PNG・JPEG・WebP)のファイルではないため、追加できません。お知らせの PDF か画像を選んでください。',
      ]);
    const pdf = readFileSync(path.join(FIXTURES, 'small/documents/irregular-hub-2026-10.pdf'));
    await upload.setInputFiles({
      name: `${Number(month.slice(5))}月の運営日.pdf`,
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    const card = page.getByText(/^notice-\d{8}-[0-9a-f]{8}\.pdf$/);
    await card.waitFor();
    const name = (await card.textContent()) ?? '';
    await page.getByRole('button', { name: '選択する' }).click();
    // The preview links it as the page will (the size is known once it is saved).
    const preview = page.frameLocator('iframe');
    await expect
      .poll(() => preview.getByRole('link', { name: `${Number(month.slice(5))}月の運営日(PDF)` }).count())
      .toBe(1);
    await publishNow(page);
    await expect.poll(() => existsSync(path.join(repo, calendar)), { timeout: 15_000 }).toBe(true);
    expect(read(calendar)).toContain(`daysDocument: /documents/${name}`);
    // decap-server writes the entry and the file in two requests: the file may land a moment later.
    await expect.poll(() => documents(), { timeout: 15_000 }).toEqual([name]);
    expect(readFileSync(path.join(repo, DOCUMENTS, name)).equals(pdf)).toBe(true);
    await page.close();
    commitAll();
  });

  it('ran every step under the production /admin/ CSP without a violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
