/**
 * What a browser fetches to open the search page and run one query: measured in real headless
 * Chromium against the built folder served on 127.0.0.1, every response counted.
 */
import { launchBrowser } from '../../tests/support/browser';
import { serveStatic } from '../../tests/support/server';
import { gzipSize } from './measure';

export interface SearchWeight {
  query: string;
  requests: number;
  /** Bytes of the response bodies as served (Pagefind's index chunks are already gzip-compressed). */
  raw: number;
  /** The same with text responses (HTML, CSS, JS, JSON) gzip-compressed, as a CDN would send them. */
  transferred: number;
  results: number | undefined;
  byUrl: { url: string; raw: number; transferred: number }[];
  screenshot?: string;
}

const COMPRESSIBLE = /\.(html|css|js|json|svg)$|\/$/;

export async function measureSearch(distDir: string, query: string, screenshot?: string): Promise<SearchWeight> {
  const server = await serveStatic(distDir);
  const url = server.origin;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const byUrl: SearchWeight['byUrl'] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            const pathname = new URL(response.url()).pathname;
            const transferred = COMPRESSIBLE.test(pathname) ? gzipSize(body) : body.length;
            byUrl.push({ url: pathname, raw: body.length, transferred });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    // The search page's own box (the header's modal holds another, hidden until opened).
    const box = page.locator('main').getByRole('searchbox').first();
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    await box.fill(query);
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await Promise.all(pending);
    const results = await page
      .locator('[class*="result"] a, .pagefind-ui__result-link, pagefind-results a')
      .count()
      .catch(() => undefined);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    byUrl.sort((a, b) => b.transferred - a.transferred);
    return {
      query,
      requests: byUrl.length,
      raw: byUrl.reduce((sum, entry) => sum + entry.raw, 0),
      transferred: byUrl.reduce((sum, entry) => sum + entry.transferred, 0),
      results,
      byUrl,
      ...(screenshot ? { screenshot } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
