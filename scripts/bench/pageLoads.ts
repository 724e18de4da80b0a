/**
 * Page weight as a reader's browser gets it: headless Chromium (a 390 px phone) loads each page
 * from the built folder served gzip-compressed like a host, and every response is counted by kind
 * (tests/support/pageFetches.ts, the same count as the JavaScript budget test). Not tags in HTML.
 */
import { launchBrowser } from '../../tests/support/browser';
import { bytesByKind, type FetchKind, recordFetches } from '../../tests/support/pageFetches';
import { serveStatic } from '../../tests/support/server';

export interface PageLoad {
  page: string;
  requests: number;
  /** Bytes on the wire per kind (gzip where a host compresses). */
  bytes: Record<FetchKind, number>;
  total: number;
  /** Elements in the page once loaded (the DOM size Lighthouse warns about past ~1,400). */
  elements: number;
}

export async function measurePageLoads(distDir: string, pages: readonly string[]): Promise<PageLoad[]> {
  const server = await serveStatic(distDir, { gzip: true });
  const browser = await launchBrowser();
  try {
    const loads: PageLoad[] = [];
    for (const pathname of pages) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const fetched = recordFetches(page);
      await page.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const all = await Promise.all(fetched);
      const bytes = bytesByKind(all);
      loads.push({
        page: pathname,
        requests: all.length,
        bytes,
        total: Object.values(bytes).reduce((sum, value) => sum + value, 0),
        elements: await page.evaluate(() => document.getElementsByTagName('*').length),
      });
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
    await server.close();
  }
}
