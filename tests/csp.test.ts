import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_CSP_META, SITE_WIDE_CSP } from '../src/integrations/headerRules';
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
    // The header says what only a header can (frame-ancestors); the page's <meta> the rest.
    expect(response?.headers()['content-security-policy']).toBe(SITE_WIDE_CSP);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      PUBLIC_CSP_META,
    );
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

/** A page on another origin (localhost, not 127.0.0.1) that frames `src`. */
async function framingPage(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>other site</title><iframe src="${src}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Whether Decap mounted its root in the frame (it renders into #nc-root once it boots). */
const booted = (frame: Frame | Page) => frame.locator('#nc-root').count();

describe('/admin/ inside a frame', () => {
  let build: BuildResult;
  let chromium: HeadlessChromium;
  beforeAll(async () => {
    build = sharedBuild('shipped');
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('does not start the CMS on a host without headers (GitHub Pages), and offers it in its own tab', async () => {
    const pages = await serveStatic(build.outDir, { headers: false });
    const other = await framingPage(`${pages.origin}/admin/`);
    try {
      const page = await chromium.context.newPage();
      // Decap's bundle says its version in the console as soon as it is loaded.
      const decapLoaded: string[] = [];
      page.on('console', (message) => {
        if (message.text().startsWith('decap-cms-app')) decapLoaded.push(message.text());
      });
      await page.goto(other.url);
      const frame = page.frames().find((candidate) => candidate.url().startsWith(`${pages.origin}/admin/`));
      expect(
        frame,
        page
          .frames()
          .map((candidate) => candidate.url())
          .join(),
      ).toBeDefined();
      if (!frame) return;
      await frame.getByText('安全のため、管理画面はほかのページの中では開けません。').waitFor();
      const link = frame.getByRole('link', { name: '管理画面を新しいタブで開く' });
      expect(await link.getAttribute('href')).toBe(`${pages.origin}/admin/`);
      expect(await link.getAttribute('target')).toBe('_blank');
      await page.waitForLoadState('networkidle');
      expect(await booted(frame)).toBe(0);
      expect(decapLoaded).toEqual([]);
      await page.close();

      // The same /admin/ on its own loads and starts the CMS.
      const alone = await chromium.context.newPage();
      const aloneLoaded: string[] = [];
      alone.on('console', (message) => {
        if (message.text().startsWith('decap-cms-app')) aloneLoaded.push(message.text());
      });
      await alone.goto(`${pages.origin}/admin/`);
      await expect.poll(() => booted(alone), { timeout: 30_000 }).toBe(1);
      expect(aloneLoaded.length).toBe(1);
      expect(await alone.getByText('安全のため').count()).toBe(0);
      await alone.close();
    } finally {
      await other.close();
      await pages.close();
    }
  });

  it('is not even shown in a frame by a host that reads _headers (frame-ancestors)', async () => {
    const hosted = await serveStatic(build.outDir);
    const other = await framingPage(`${hosted.origin}/admin/`);
    try {
      const page = await chromium.context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('frame-ancestors')) refused.push(message.text());
      });
      await page.goto(other.url);
      await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(await frame?.getByText('安全のため').count()).toBe(0);
      expect(frame ? await booted(frame) : 0).toBe(0);
      await page.close();
    } finally {
      await other.close();
      await hosted.close();
    }
  });
});
