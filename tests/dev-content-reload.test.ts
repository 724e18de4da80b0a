import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
