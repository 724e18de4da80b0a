import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { type DevServer, startDev } from './support/devServer';

/** Listening TCP sockets on a port, as the kernel reports them: ['127.0.0.1', ...]. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      const address = local.split(':')[0] ?? '';
      found.push(
        address.length === 8
          ? (address.match(/../g) ?? [])
              .reverse()
              .map((byte) => Number.parseInt(byte, 16))
              .join('.')
          : `ipv6:${address}`,
      );
    }
  }
  return found;
}

describe('npm run dev', () => {
  let dev: DevServer;
  let sitePort: number;
  let decapPort: number;

  beforeAll(async () => {
    dev = await startDev();
    ({ sitePort, decapPort } = dev);
  });

  afterAll(() => dev?.stop());

  it('serves the site from the content files', async () => {
    const html = await (await fetch(`http://127.0.0.1:${sitePort}/hubs/machi-cafe-nagomi/`)).text();
    expect(html).toContain('まちCafeなごみ');
    expect(html).toContain('0798-20-2333');
  });

  it('binds decap-server, which has no authentication, to 127.0.0.1 only', async () => {
    expect(listeners(decapPort)).toEqual(['127.0.0.1']);
    const info = (origin: string) =>
      fetch(`http://127.0.0.1:${decapPort}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ action: 'info' }),
      });
    expect(await (await info(`http://127.0.0.1:${sitePort}`)).json()).toMatchObject({ type: 'local_fs' });
    // Only the dev site's own pages: another local port is refused.
    expect((await info(`http://127.0.0.1:${sitePort + 1}`)).status).toBe(403);
  });

  it('opens the CMS at /admin/ and lists the hubs through the guarded local backend', async () => {
    const chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await chromium.context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`http://127.0.0.1:${sitePort}/admin/#/collections/hubs`);
      const login = page.getByRole('button', { name: 'ログイン' });
      const signedIn = page.getByRole('heading', { name: '編集する内容' });
      if ((await Promise.race([login.waitFor().then(() => 'login'), signedIn.waitFor().then(() => 'in')])) === 'login')
        await login.click();
      const entries = page.locator('a[href*="/collections/hubs/entries/"]');
      await expect.poll(() => entries.count(), { timeout: 60_000 }).toBe(9);
    } finally {
      await chromium.close();
    }
  });
});
