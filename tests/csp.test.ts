import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';
import type { BuildResult } from './support/site';

/** Collects every CSP violation a page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

describe('the production Content-Security-Policy', () => {
  let build: BuildResult;
  let server: StaticServer;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    build = sharedBuild('shipped');
    server = await serveStatic(build.outDir);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it.each([
    '/',
    '/hubs/',
    '/hubs/machi-cafe-nagomi/',
    '/hubs/ochanoma-puchi-dagashiyasan/',
    '/about/',
    '/calendar-help/',
    '/no-such-page/',
  ])('%s runs with no violation', async (pathname) => {
    expect(build.status, build.output).toBe(0);
    const page = await chromium.context.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.origin}${pathname}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the search run (WebAssembly, worker, styles) with no violation', async () => {
    const page = await chromium.context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${server.origin}/search/`);
    const box = page.getByRole('searchbox').first();
    await box.fill('甲子園');
    await expect.poll(async () => page.getByText('つどい場はまかぜ').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});
