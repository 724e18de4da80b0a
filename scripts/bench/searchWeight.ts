/**
 * What a browser fetches to open the search page and run one query: measured in real headless
 * Chromium against the built folder served on 127.0.0.1, every response counted.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { gzipSize } from './measure';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/** A static server over a built folder, on an OS-assigned loopback port. */
export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

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
  const { url, server } = await serveStatic(distDir);
  const profile = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-chromium-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
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
    const box = page.locator('input[type="search"], input[type="text"]').first();
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
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
