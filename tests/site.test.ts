import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from './support/sharedBuilds';
import { type BuildResult, buildSite, FIXTURES } from './support/site';

/** Temporary folders this file made: removed when it is done. */
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// React separates adjacent text nodes with <!-- -->: drop those before turning tags into spaces.
const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    // A line-break opportunity between phrases, not a space.
    .replace(/<wbr\s*\/?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('the fixture content set', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild('fixture');
  });

  it('builds and reports program-rule warnings without failing', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('制度の要件');
    expect(build.output).toContain('1日6時間以上');
  });

  it('links the month notice staff attached to the irregular hub, with its type and size, and publishes it as it is', () => {
    const page = build.read('hubs/irregular-hub/index.html');
    const source = readFileSync(path.join(FIXTURES, 'small/documents/irregular-hub-2026-10.pdf'));
    const kilobytes = Math.ceil(source.byteLength / 1024);
    expect(page).toContain(`<a href="/documents/irregular-hub-2026-10.pdf">10月の運営日(PDF:${kilobytes}KB)</a>`);
    expect(readFileSync(path.join(build.outDir, 'documents/irregular-hub-2026-10.pdf')).equals(source)).toBe(true);
    // Only what a calendar links is published.
    expect(readdirSync(path.join(build.outDir, 'documents'))).toEqual(['irregular-hub-2026-10.pdf']);
  });

  it('links the city’s page, the 手引き and the mail form from the settings staff filled in, on every page', () => {
    for (const file of ['index.html', 'about/index.html', 'hubs/weekday-hub/index.html']) {
      const footer = build.read(file).slice(build.read(file).indexOf('id="contact-heading"'));
      expect(footer).toContain('<a href="https://city.example.jp/kyosei/">西宮市の公式ページ(共生型地域交流拠点)</a>');
      expect(footer).toContain(
        '<a href="https://city.example.jp/kyosei/guide.pdf">共生型地域交流拠点開設・運営の手引き(令和6年2月版)(PDF:2,174KB)</a>',
      );
      expect(footer).toContain('<a href="https://city.example.jp/form/kyosei">お問合せメールフォーム</a>');
    }
  });

  it('writes one page per hub and per program page', () => {
    expect(readdirSync(path.join(build.outDir, 'hubs')).sort()).toEqual(
      expect.arrayContaining(['holiday-hub', 'index.html', 'irregular-hub', 'weekday-hub']),
    );
    expect(existsSync(path.join(build.outDir, 'about/index.html'))).toBe(true);
    expect(existsSync(path.join(build.outDir, '404.html'))).toBe(true);
  });

  it('states the schedule in words and marks holidays in the calendar (build date 2026-09-15 JST)', () => {
    const page = text(build.read('hubs/weekday-hub/index.html'));
    expect(page).toContain('月曜〜金曜 10時〜16時(祝日・年末年始休み)');
    expect(page).toContain('2026年9月の開所日');
    expect(page).toContain('2026年10月の開所日');
    expect(page).toMatch(/21 休み 敬老の日/);
    expect(page).toMatch(/22 休み 休日/);
    expect(page).toMatch(/24 開所 25 開所/);
    expect(page).toContain('時間を書いていない開所日は、ふだんの時間(10時〜16時)に開いています。');
  });

  it('computes the status at build time in Asia/Tokyo (Tuesday 12:00 JST: open)', () => {
    expect(text(build.read('hubs/weekday-hub/index.html'))).toContain('いま開いています(本日は10時〜16時)');
    expect(text(build.read('hubs/holiday-hub/index.html'))).toContain('次の開所は9月16日(水) 9時半〜15時半です');
  });

  it('shows per-weekday hours and the irregular hub’s listed days', () => {
    expect(text(build.read('hubs/holiday-hub/index.html'))).toContain(
      '月曜・水曜・土曜 9時半〜15時半(土曜は10時〜12時)',
    );
    const irregular = text(build.read('hubs/irregular-hub/index.html'));
    expect(irregular).toContain('週4日(曜日固定なし) 10時〜17時');
    expect(irregular).toMatch(/6 開所 13時〜17時 午後のみ/);
    expect(irregular).toMatch(/30 未定/);
  });

  it('strips script from Markdown bodies', () => {
    const about = build.read('about/index.html');
    expect(about).toContain('テスト用の本文です。');
    expect(about).not.toContain("alert('x')");
  });
});

describe('the shipped content', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild('shipped');
  });

  it('builds the 9 hubs of the seed page', () => {
    expect(build.status, build.output).toBe(0);
    const hubs = readdirSync(path.join(build.outDir, 'hubs'), { withFileTypes: true }).filter((entry) =>
      existsSync(path.join(build.outDir, 'hubs', entry.name, 'index.html')),
    );
    expect(hubs).toHaveLength(9);
  });

  it('invents no address for the city’s page or the 手引き: the seed names them but gives no URL', () => {
    const footer = build.read('index.html').slice(build.read('index.html').indexOf('id="contact-heading"'));
    expect(footer).not.toContain('official-links');
    expect(footer).not.toContain('お問合せメールフォーム');
  });

  it.each([
    ['machi-cafe-nagomi', 'まちCafeなごみ', '0798-20-2333', '月曜〜土曜 9時〜16時(祝日・年末年始休み)'],
    [
      'hamaco-living',
      'HAMACO:LIVING(浜甲リビング)',
      '0798-20-0711',
      '月曜・水曜〜土曜 10時〜17時(祝日休み。年末年始の開所は拠点にお問い合わせください)',
    ],
    ['smile-salon-harukaze', 'すまいるサロン春風', '0798-58-1622', '月曜〜金曜 9時半〜15時半(祝日・年末年始休み)'],
    [
      'yui-cafe',
      '結(ゆい)cafe',
      '090-4831-1303',
      '火曜〜金曜 10時〜16時(祝日休み。年末年始の開所は拠点にお問い合わせください)',
    ],
  ])('shows %s with its seed facts', (slug, name, phone, summary) => {
    const page = text(build.read(`hubs/${slug}/index.html`));
    expect(page).toContain(name);
    expect(page).toContain(phone);
    expect(page).toContain(summary);
  });

  it('says honestly that the irregular hub has no announced days, first, with its phone, and no empty calendars', () => {
    const html = build.read('hubs/ochanoma-puchi-dagashiyasan/index.html');
    const page = text(main(html));
    expect(page.indexOf('運営日は月ごとにお知らせしています。')).toBeGreaterThan(-1);
    expect(page.indexOf('運営日は月ごとにお知らせしています。')).toBeLessThan(page.indexOf('今日の開所状況'));
    expect(main(html)).toContain('href="tel:07083636171"');
    expect(html).not.toContain('class="month-calendar"');
    expect(page).toContain('今月と来月の運営日は、まだ登録されていません。');
    expect(page).not.toMatch(/\d+ 開所 /);
  });

  it('lists every hub on the list page with a tel: link', () => {
    const list = main(build.read('hubs/index.html'));
    expect(list.match(/href="tel:/g)).toHaveLength(9);
  });
});

describe('broken content', () => {
  it('stops the build naming file, field and fix, and writes nothing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kyosei-broken-'));
    scratch.push(root);
    cpSync(path.join(FIXTURES, 'small'), root, { recursive: true });
    const hubFile = path.join(root, 'hubs/weekday-hub.md');
    writeFileSync(hubFile, readFileSync(hubFile, 'utf8').replace('closes: "16:00"', 'closes: "09:00"'));
    const build = buildSite(root);
    scratch.push(...build.folders);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'weekday-hub.md の「開所日と時間 › 閉所時刻」: 閉所時刻は開所時刻より後にしてください。',
    );
    expect(readdirSync(build.outDir)).toEqual([]);
  });
});
