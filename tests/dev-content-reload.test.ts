import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { launchChromium } from './support/browser';
import { type DevServer, eventually, startDev } from './support/devServer';
import { SHIPPED_CONTENT } from './support/site';

describe('npm run dev follows the content files', () => {
  let dev: DevServer;
  let contentDir: string;
  const page = async (url: string) => {
    const response = await fetch(`http://127.0.0.1:${dev.sitePort}${url}`);
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'kyosei-dev-')), 'content');
    cpSync(SHIPPED_CONTENT, contentDir, { recursive: true });
    dev = await startDev({ CONTENT_DIR: contentDir });
  });

  afterAll(() => {
    dev?.stop();
    if (contentDir) rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  it('shows a new hub, a change to it and its removal without a restart', async () => {
    const file = path.join(contentDir, 'hubs/dev-reload-probe.md');
    const source = readFileSync(path.join(contentDir, 'hubs/yui-cafe.md'), 'utf8')
      .replace('slug: yui-cafe', 'slug: dev-reload-probe')
      .replace('name: 結(ゆい)cafe', 'name: 再読み込みの確認拠点');
    expect((await page('/hubs/dev-reload-probe/')).status).toBe(404);

    writeFileSync(file, source);
    const added = await eventually(
      () => page('/hubs/dev-reload-probe/'),
      (result) => result.status === 200,
    );
    expect(added.html).toContain('再読み込みの確認拠点');
    expect((await page('/hubs/')).html).toContain('再読み込みの確認拠点');

    writeFileSync(file, source.replace('phone: 090-4831-1303', 'phone: 090-0000-1111'));
    await eventually(
      () => page('/hubs/dev-reload-probe/'),
      (result) => result.html.includes('090-0000-1111'),
    );

    unlinkSync(file);
    await eventually(
      () => page('/hubs/dev-reload-probe/'),
      (result) => result.status === 404,
    );
    expect((await page('/hubs/')).html).not.toContain('再読み込みの確認拠点');
  });

  it('keeps the last good content on screen when a saved file is broken, and names the problem', async () => {
    const file = path.join(contentDir, 'hubs/yui-cafe.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('closes: "16:00"', 'closes: "08:00"'));
    await eventually(
      async () => dev.output(),
      (output) => output.includes('閉所時刻は開所時刻より後にしてください'),
    );
    const shown = await page('/hubs/yui-cafe/');
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('090-4831-1303');
    writeFileSync(file, good);
  });

  it('never covers /admin with the error overlay while a route fails to render', async () => {
    const chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
    // Broken content no longer fails a page in dev (the last good content stays), so fail a route
    // for real: a month notice that is linked while its file is gone.
    const month = tokyoDateOf(new Date()).slice(0, 7);
    const calendar = path.join(contentDir, `calendars/ochanoma-puchi-dagashiyasan-${month}.yaml`);
    const notice = path.join(contentDir, 'documents/dev-probe.pdf');
    mkdirSync(path.dirname(calendar), { recursive: true });
    mkdirSync(path.dirname(notice), { recursive: true });
    writeFileSync(notice, '%PDF-1.4\n% a month notice\n');
    writeFileSync(
      calendar,
      `hub: ochanoma-puchi-dagashiyasan\nmonth: ${month}\ndaysDocument: /documents/dev-probe.pdf\n`,
    );
    try {
      await eventually(
        () => page('/documents/dev-probe.pdf'),
        (result) => result.status === 200,
      );
      const admin = await chromium.context.newPage();
      // The dev server bundles the CMS on its first visit.
      admin.setDefaultTimeout(120_000);
      const errors: string[] = [];
      admin.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await admin.goto(`http://127.0.0.1:${dev.sitePort}/admin/`);
      const login = admin.getByRole('button', { name: 'ログイン' });
      await login.waitFor();
      // The route still lists the notice (the content did not change) but cannot read it.
      unlinkSync(notice);
      await eventually(
        () => page('/documents/dev-probe.pdf'),
        (result) => result.status === 500,
      );
      const overlays = admin.locator('vite-error-overlay');
      // The error has reached the page: as the overlay, or as /admin's console message instead.
      await eventually(
        async () => ({ logged: errors.join('\n'), overlays: await overlays.count() }),
        ({ logged, overlays }) => logged.includes('[サイトのエラー]') || overlays > 0,
      );
      expect(await overlays.count()).toBe(0);
      // The login button is still what a click at its centre reaches.
      const covered = await login.evaluate((button) => {
        const { x, y, width, height } = button.getBoundingClientRect();
        const top = document.elementFromPoint(x + width / 2, y + height / 2);
        return !top || !button.contains(top);
      });
      expect(covered).toBe(false);
    } finally {
      rmSync(calendar, { force: true });
      await chromium.close();
    }
  });
});
