/**
 * The five common staff tasks, done in the real CMS as a new member of staff would do them,
 * each from the CMS's home screen to the saved file. The steps are counted as they are made
 * (./support/staffSteps.ts) and recorded in docs/staff-guide/steps.json; each task must stay
 * within its budget. The screenshots of docs/staff-guide.md are taken along the way, so the
 * guide shows the CMS as it is.
 *
 * When the CMS changes, update the task's flow function below (one per task), run this file,
 * look at the screenshots, and lower the budget to the new count.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { loadContent } from '../src/lib/content/load';
import { holidayName } from '../src/lib/schedule/holidays';
import { dayJa, monthJa } from '../src/lib/schedule/japaneseText';
import { addMonths, daysInMonth, monthOf, tokyoDateOf, weekdayOf } from '../src/lib/schedule/tokyoCalendar';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { freePort, logInToAdmin, startDecapServer, temporaryContentRepo } from './support/cmsStack';
import { solidPng } from './support/pngFixture';
import { type StaticServer, serveStatic } from './support/server';
import { buildSite, PROJECT_ROOT, SHIPPED_CONTENT } from './support/site';
import { GuideCamera, StaffSteps, type TaskSteps } from './support/staffSteps';

const GUIDE = path.join(PROJECT_ROOT, 'docs/staff-guide.md');
const SHOTS = path.join(PROJECT_ROOT, 'docs/staff-guide');
const STEPS_FILE = path.join(SHOTS, 'steps.json');

/**
 * The CMS's clock and the build's "now": a fixed Tuesday, so the screenshots show the same
 * day on every run, and the months below are this month and next month as staff see them.
 */
const NOW = new Date('2027-01-12T10:00:00+09:00');
const TODAY = tokyoDateOf(NOW);
const THIS_MONTH = monthOf(TODAY);
const NEXT_MONTH = addMonths(THIS_MONTH, 1);

/**
 * The most steps each task may take: today's counts, so a change that costs staff a step fails;
 * lower them when the CMS needs fewer. With the old CMS (before the month picker and the month
 * grid) they were 5, 23, 10, 9 and 26.
 */
const STEP_BUDGETS = {
  changeHours: 5,
  announceDays: 15,
  addClosure: 10,
  addSpecialOpening: 9,
  addHub: 23,
} as const;
type TaskName = keyof typeof STEP_BUDGETS;

/** Each task edits its own hub: Decap keeps a browser backup of an unsaved entry and offers it back. */
const HOURS_HUB = { slug: 'machi-cafe-nagomi', name: 'まちCafeなごみ', closes: '17:00' };
const IRREGULAR_HUB = { slug: 'ochanoma-puchi-dagashiyasan', name: 'お茶の間 ぷちだがしやさん' };
const ANNOUNCED_DAYS = ['01', '03', '05', '09', '12', '16', '19', '24'].map((day) => `${NEXT_MONTH}-${day}`);
const CLOSURE_HUB = { slug: 'fukufuku-salon-imazu', name: 'ふくふくサロン今津', reason: '設備点検のため' };
const SPECIAL_HUB = { slug: 'furebono-cafe', name: 'ふれぼのcafe' };
/** Plausible values that no reader could take for a real hub. */
const NEW_HUB = {
  slug: 'test-kyoten',
  name: 'テスト拠点(試験用のデータです)',
  nameKana: 'てすときょてん',
  street: '試験町1-2-3(架空の住所)',
  phone: '0798-00-0000',
  operator: 'テスト運営委員会(架空)',
  weekdays: ['月曜日', '水曜日', '金曜日'],
  opens: '10:00',
  closes: '16:00',
  /** A name as a phone or a camera app gives it: saved under a safe name. */
  photo: 'テスト写真.png',
  alt: 'テスト用の画像です(実在の拠点の写真ではありません)',
};

let repo: string;
let content: string;
let decap: ChildProcess;
let admin: StaticServer;
let chromium: HeadlessChromium;
const scratch: string[] = [];
const measured: Partial<Record<TaskName, TaskSteps>> = {};
const screenshots: string[] = [];
/** Where the CMS saves a photo with a Japanese name: dated today, with a fingerprint of the file. */
const SAFE_PHOTO_SRC = new RegExp(`^/images/hubs/photo-${TODAY.replaceAll('-', '')}-[0-9a-f]{8}\\.png$`);

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const calendarFile = (hub: string, month: string) => path.join(content, 'calendars', `${hub}-${month}.yaml`);
const monthEntry = (hub: string, month: string) =>
  loadContent(content).months.find((entry) => entry.data.hub === hub && entry.data.month === month)?.data;
const hubEntry = (slug: string) => loadContent(content).hubs.find((entry) => entry.data.slug === slug)?.data;
const hubWeekdays = (slug: string) => {
  const schedule = hubEntry(slug)?.schedule;
  return schedule?.kind === 'weekly' ? schedule.weekdays : [];
};

/** A weekday this month after today on which the hub is normally open. */
function closureDay(): string {
  const open = hubWeekdays(CLOSURE_HUB.slug);
  const day = daysInMonth(THIS_MONTH).find(
    (date) => date > TODAY && open.includes(weekdayOf(date)) && !holidayName(date),
  );
  if (!day) throw new Error('no open weekday left this month');
  return day;
}

/** A national holiday next month that falls on one of the hub's usual weekdays (it is closed then). */
function holidayToOpen(): string {
  const open = hubWeekdays(SPECIAL_HUB.slug);
  const day = daysInMonth(NEXT_MONTH).find((date) => holidayName(date) && open.includes(weekdayOf(date)));
  if (!day) throw new Error('no holiday on an open weekday next month');
  return day;
}

beforeAll(async () => {
  const copy = temporaryContentRepo(SHIPPED_CONTENT);
  ({ repo, content } = copy);
  scratch.push(repo);
  const port = await freePort();
  decap = await startDecapServer(repo, port);
  const build = buildSite(content, {
    DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`,
    // Built "just now", so the CMS's 最後の公開 line is the calm one.
    SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000),
  });
  scratch.push(...build.folders);
  if (build.status !== 0) throw new Error(build.output);
  admin = await serveStatic(build.outDir);
  chromium = await launchChromium({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Tokyo' });
  // Time runs from NOW (timers and debounces keep working).
  await chromium.context.clock.install({ time: NOW });
});

afterAll(async () => {
  await chromium?.close();
  await admin?.close();
  decap?.kill();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A member of staff at the CMS's home screen, with a step counter and the guide's camera. */
interface Staff {
  page: Page;
  steps: StaffSteps;
  camera: GuideCamera;
}

/** Does one task from the home screen and records its steps (also when the save then fails). */
async function perform(task: TaskName, flow: (staff: Staff) => Promise<void>): Promise<Staff> {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  onTestFailed(async () => {
    if (page.isClosed()) return;
    const file = path.join(tmpdir(), `staff-task-${task}-failed.png`);
    await page.screenshot({ path: file });
    const notice = await page.locator('.Toastify').textContent();
    console.log(
      `${task} failed at ${page.url()} (screenshot ${file}); notice: ${notice}\nconsole errors:\n${errors.join('\n')}`,
    );
  });
  await logInToAdmin(page, admin.origin);
  const staff = { page, steps: new StaffSteps(page), camera: new GuideCamera(page, SHOTS) };
  await flow(staff);
  measured[task] = staff.steps.result();
  screenshots.push(...staff.camera.taken);
  return staff;
}

/** A form field by its label, with or without Decap's 「(任意)」 mark. */
function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\(任意\\))?$`));
}

/** What a Japanese IME types for digits, hyphens and colons: １０：００, ２０２７－０１－１３. */
const fullWidth = (text: string) =>
  text.replace(/[0-9:-]/g, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) + 0xfee0));

/** The editor's left half, where the form is. */
const FORM_HALF = { x: 0, y: 0, width: 640, height: 800 };

const collectionLink = (page: Page, collection: string) => page.locator(`a[href="#/collections/${collection}"]`);
const newEntryLink = (page: Page, collection: string) => page.locator(`a[href="#/collections/${collection}/new"]`);
const entryLink = (page: Page, collection: string, slug: string) =>
  page.locator(`a[href="#/collections/${collection}/entries/${slug}"]`);
const publishButton = (page: Page) => page.getByText('公開', { exact: true }).first();
const publishNow = (page: Page) => page.getByText('公開する', { exact: true });

async function publish({ page, steps }: Staff): Promise<void> {
  await steps.click(publishButton(page));
  await steps.click(publishNow(page));
}

/** A new calendar entry for a hub and month, up to where the days are added; `shots` names the guide's pictures of the way. */
async function newCalendar(
  { page, steps, camera }: Staff,
  hubName: string,
  month: string,
  shots?: { list: string; hubs: string; month: string },
): Promise<void> {
  await steps.click(collectionLink(page, 'calendars'));
  if (shots) await camera.shoot(shots.list);
  await steps.click(newEntryLink(page, 'calendars'));
  await steps.click(field(page, '拠点'));
  const option = page.getByRole('option', { name: hubName, exact: true });
  await option.waitFor();
  if (shots) await camera.shoot(shots.hubs, { area: { x: 0, y: 0, width: 1280, height: 560 } });
  await steps.click(option);
  // The picker opens on this year, and both months are in it (NOW): one press.
  const year = field(page, '対象の月');
  expect(await year.inputValue()).toBe(month.slice(0, 4));
  await steps.click(page.getByRole('button', { name: `${Number(month.slice(5))}月`, exact: true }));
  await page.getByText(`選んだ月: ${monthJa(month)}`).waitFor();
  if (shots) await camera.shoot(shots.month, { area: { x: 0, y: 0, width: 640, height: 420 } });
}

// ---- The five tasks: what a member of staff clicks and types, in order. ----

async function changeHours(staff: Staff): Promise<void> {
  const { page, steps, camera } = staff;
  await camera.shoot('home');
  await steps.click(collectionLink(page, 'hubs'));
  await steps.click(entryLink(page, 'hubs', HOURS_HUB.slug));
  const closes = field(page, '閉所時刻').first();
  await steps.fill(closes, HOURS_HUB.closes);
  await camera.shoot('hours-field', { show: closes });
  await steps.click(publishButton(page));
  await publishNow(page).waitFor();
  await camera.shoot('publish-menu', { area: { x: 0, y: 0, width: 640, height: 200 } });
  await steps.click(publishNow(page));
}

async function announceDays(staff: Staff): Promise<void> {
  const { page, steps, camera } = staff;
  await newCalendar(staff, IRREGULAR_HUB.name, NEXT_MONTH, {
    list: 'calendar-list',
    hubs: 'days-hub',
    month: 'month-picker',
  });
  const grid = page.locator('table.open-days-grid');
  for (const date of ANNOUNCED_DAYS) await steps.click(grid.getByRole('button', { name: dayJa(date) }));
  await page.getByText(`選んだ日: ${ANNOUNCED_DAYS.length}日`).waitFor();
  await camera.shoot('days-filled');
  await publish(staff);
}

async function addClosure(staff: Staff, date: string): Promise<void> {
  const { page, steps, camera } = staff;
  await newCalendar(staff, CLOSURE_HUB.name, THIS_MONTH);
  await steps.click(page.getByRole('button', { name: '臨時休業を追加' }));
  // Typed the way a Japanese IME types digits; the field shows the day it read.
  await steps.fill(field(page, '日付'), fullWidth(date));
  await steps.fill(field(page, '休みの理由'), CLOSURE_HUB.reason);
  await page.getByText(`${date.slice(0, 4)}年${dayJa(date)}`).waitFor();
  await camera.shoot('closure-filled', { show: field(page, '日付') });
  await publish(staff);
}

async function addSpecialOpening(staff: Staff, date: string): Promise<void> {
  const { page, steps, camera } = staff;
  await newCalendar(staff, SPECIAL_HUB.name, NEXT_MONTH);
  await steps.click(page.getByRole('button', { name: '特別開所を追加' }));
  await steps.fill(field(page, '日付'), date);
  await camera.shoot('special-filled', { show: field(page, '日付') });
  await publish(staff);
}

async function addHub(staff: Staff, photo: string): Promise<void> {
  const { page, steps, camera } = staff;
  await steps.click(collectionLink(page, 'hubs'));
  await steps.click(newEntryLink(page, 'hubs'));
  await steps.fill(field(page, 'URL用の名前(半角英字)'), NEW_HUB.slug);
  await steps.fill(field(page, '拠点名'), NEW_HUB.name);
  await steps.fill(field(page, '拠点名のよみがな(ひらがな)'), NEW_HUB.nameKana);
  await steps.fill(field(page, '町名・番地'), NEW_HUB.street);
  await steps.fill(field(page, '電話番号'), NEW_HUB.phone);
  await steps.fill(field(page, '運営団体名'), NEW_HUB.operator);
  await camera.shoot('hub-form', { show: field(page, '拠点名'), area: FORM_HALF });
  await steps.click(field(page, '開所の形'));
  await steps.click(page.getByRole('option', { name: '曜日固定', exact: true }));
  // One press per weekday on the check boxes.
  for (const weekday of NEW_HUB.weekdays) await steps.click(page.getByRole('checkbox', { name: weekday, exact: true }));
  await steps.fill(field(page, '開所時刻').first(), fullWidth(NEW_HUB.opens));
  await steps.fill(field(page, '閉所時刻').first(), NEW_HUB.closes);
  await camera.shoot('hub-schedule');
  await steps.click(page.getByRole('button', { name: '写真を追加' }));
  await steps.click(page.getByRole('button', { name: '画像を選択' }));
  await steps.chooseFile(page.getByText('アップロードする', { exact: true }), photo);
  const choose = page.getByRole('button', { name: '選択する', exact: true });
  await expect.poll(() => choose.isEnabled()).toBe(true);
  await camera.shoot('photo-library', { area: { x: 160, y: 60, width: 960, height: 420 } });
  await steps.click(choose);
  await steps.fill(field(page, '写真の説明(代替テキスト)'), NEW_HUB.alt);
  await camera.shoot('photo-filled', { show: field(page, '写真の説明(代替テキスト)'), area: FORM_HALF });
  await publish(staff);
}

describe('the five staff tasks in the CMS, step by step', () => {
  it(`changes a hub's closing time (${HOURS_HUB.name} closes at ${HOURS_HUB.closes})`, async () => {
    const { page } = await perform('changeHours', changeHours);
    await expect.poll(() => hubEntry(HOURS_HUB.slug)?.schedule.closes, { timeout: 15_000 }).toBe(HOURS_HUB.closes);
    expect(hubEntry(HOURS_HUB.slug)?.schedule.opens).toBe('09:00');
    await page.getByText('保存済').first().waitFor();
    await page.close();
    expect(measured.changeHours?.steps).toBeLessThanOrEqual(STEP_BUDGETS.changeHours);
  });

  it(`announces ${ANNOUNCED_DAYS.length} operating days of ${IRREGULAR_HUB.name} for a month without a calendar yet`, async () => {
    const file = calendarFile(IRREGULAR_HUB.slug, NEXT_MONTH);
    expect(existsSync(file)).toBe(false);
    const { page } = await perform('announceDays', announceDays);
    await expect.poll(() => read(file).includes(ANNOUNCED_DAYS.at(-1) ?? '?'), { timeout: 15_000 }).toBe(true);
    expect(monthEntry(IRREGULAR_HUB.slug, NEXT_MONTH)?.openDays.map((day) => day.date)).toEqual(ANNOUNCED_DAYS);
    await page.close();
    expect(measured.announceDays?.steps).toBeLessThanOrEqual(STEP_BUDGETS.announceDays);
  });

  it(`adds a 臨時休業 with its reason on a weekday ${CLOSURE_HUB.name} is normally open`, async () => {
    const date = closureDay();
    const file = calendarFile(CLOSURE_HUB.slug, THIS_MONTH);
    expect(existsSync(file)).toBe(false);
    const { page } = await perform('addClosure', (staff) => addClosure(staff, date));
    await expect.poll(() => read(file).includes(CLOSURE_HUB.reason), { timeout: 15_000 }).toBe(true);
    expect(monthEntry(CLOSURE_HUB.slug, THIS_MONTH)?.closures).toEqual([{ date, reason: CLOSURE_HUB.reason }]);
    await page.close();
    expect(measured.addClosure?.steps).toBeLessThanOrEqual(STEP_BUDGETS.addClosure);
  });

  it(`adds a 特別開所 on a national holiday for ${SPECIAL_HUB.name}, which closes on holidays`, async () => {
    const date = holidayToOpen();
    expect(hubEntry(SPECIAL_HUB.slug)?.schedule.closedOnHolidays).toBe(true);
    const file = calendarFile(SPECIAL_HUB.slug, NEXT_MONTH);
    expect(existsSync(file)).toBe(false);
    const { page } = await perform('addSpecialOpening', (staff) => addSpecialOpening(staff, date));
    await expect.poll(() => read(file).includes(date), { timeout: 15_000 }).toBe(true);
    expect(monthEntry(SPECIAL_HUB.slug, NEXT_MONTH)?.specialOpenings).toEqual([{ date }]);
    await page.close();
    expect(measured.addSpecialOpening?.steps).toBeLessThanOrEqual(STEP_BUDGETS.addSpecialOpening);
  });

  it('adds a new hub with a photo and its description', async () => {
    const photo = path.join(mkdtempSync(path.join(tmpdir(), 'kyosei-photo-')), NEW_HUB.photo);
    scratch.push(path.dirname(photo));
    const image = solidPng(480, 320, [232, 180, 120]);
    writeFileSync(photo, image);
    const { page } = await perform('addHub', (staff) => addHub(staff, photo));
    await expect.poll(() => hubEntry(NEW_HUB.slug)?.name, { timeout: 15_000 }).toBe(NEW_HUB.name);
    expect(hubEntry(NEW_HUB.slug)).toMatchObject({
      nameKana: NEW_HUB.nameKana,
      address: { street: NEW_HUB.street },
      phone: NEW_HUB.phone,
      operator: { name: NEW_HUB.operator },
      schedule: { kind: 'weekly', weekdays: ['mon', 'wed', 'fri'], opens: NEW_HUB.opens, closes: NEW_HUB.closes },
      photos: [{ src: expect.stringMatching(SAFE_PHOTO_SRC), alt: NEW_HUB.alt }],
      // Set by the CMS on saving, never typed.
      updated: TODAY,
    });
    const src = hubEntry(NEW_HUB.slug)?.photos[0]?.src ?? '';
    expect(readFileSync(path.join(repo, 'public', src)).equals(image)).toBe(true);
    await page.close();
    expect(measured.addHub?.steps).toBeLessThanOrEqual(STEP_BUDGETS.addHub);
  });

  it('shows a refused save the way the guide describes it, leaving the file alone', async () => {
    const file = path.join(content, 'hubs', 'yui-cafe.md');
    const before = read(file);
    const page = await chromium.context.newPage();
    await logInToAdmin(page, admin.origin, '/collections/hubs/entries/yui-cafe');
    const camera = new GuideCamera(page, SHOTS);
    await field(page, '閉所時刻').first().fill('08:00');
    await publishButton(page).click();
    await publishNow(page).click();
    const notice = page.locator('.Toastify__toast');
    await expect.poll(() => notice.textContent()).toContain('閉所時刻は開所時刻より後にしてください。');
    await camera.shoot('trouble-notice', { element: notice });
    expect(read(file)).toBe(before);
    screenshots.push(...camera.taken);
    await page.close();
  });

  it('records the step counts, and the guide shows every screenshot taken', () => {
    const names = Object.keys(STEP_BUDGETS) as TaskName[];
    expect(Object.keys(measured).sort()).toEqual([...names].sort());
    const record = Object.fromEntries(
      names.map((name) => [name, { budget: STEP_BUDGETS[name], ...(measured[name] as TaskSteps) }]),
    );
    writeFileSync(STEPS_FILE, `${JSON.stringify(record, null, 2)}\n`);
    const guide = readFileSync(GUIDE, 'utf8');
    const embedded = [...guide.matchAll(/\]\(staff-guide\/([^)]+\.png)\)/g)].map((match) => match[1]);
    expect([...new Set(embedded)].sort()).toEqual([...new Set(screenshots)].sort());
  });
});
