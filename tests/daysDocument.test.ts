/**
 * The month notice staff attached (the fixture's irregular hub, 2026-10) as a reader meets it at
 * 390 and 1280 px: a link that says what it opens and how big it is, opening in the same tab.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENS } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = sharedBuild('fixture');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SCREENS)('the month’s 運営日のお知らせ, %s', (_name, screen) => {
  it('is a link naming month, type and size, a full tap target, that opens the PDF in the same tab', async () => {
    const context = await browser.newContext(screen);
    const page = await context.newPage();
    await page.goto(`${server.origin}/hubs/irregular-hub/`);
    const link = page.getByRole('link', { name: /^10月の運営日\(PDF:\d+KB\)$/ });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBeNull();
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const [response] = await Promise.all([
      page.waitForResponse(/\/documents\/irregular-hub-2026-10\.pdf$/),
      link.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});
