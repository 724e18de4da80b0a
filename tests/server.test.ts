import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCsp,
  headerRules,
  headersFile,
  headersFor,
  parseHeadersFile,
  SITE_WIDE_CSP,
} from '../src/integrations/headerRules';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

/** The test server sends, path by path, what the `_headers` table says the host sends. */
describe('the static test server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kyosei-server-'));
    const files = {
      'index.html': '<!doctype html><title>top</title>',
      '404.html': '<!doctype html><title>404</title>',
      'admin/index.html': '<!doctype html><title>admin</title>',
      'hubs/all.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'hubs/weekday-hub/calendar.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'opendata/hubs.csv': 'NO\r\n',
      _headers: headersFile(),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/admin/', '/hubs/all.ics', '/hubs/weekday-hub/calendar.ics', '/opendata/hubs.csv'])(
    'sends the rules’ headers on %s',
    async (pathname) => {
      const response = await fetch(`${server.origin}${pathname}`);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(headersFor(pathname, headerRules()))) {
        expect(response.headers.get(name), `${pathname} ${name}`).toBe(value);
      }
    },
  );

  it('keeps the CMS out of search engines and lets other origins read the feeds', async () => {
    const admin = await fetch(`${server.origin}/admin/`);
    expect(admin.headers.get('x-robots-tag')).toBe('noindex');
    const feed = await fetch(`${server.origin}/hubs/all.ics`);
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const top = await fetch(`${server.origin}/`);
    expect(top.headers.get('x-robots-tag')).toBeNull();
    expect(top.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a missing feed with the 404 page as HTML', async () => {
    const missing = await fetch(`${server.origin}/hubs/nowhere.ics`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(missing.headers.get('content-security-policy')).toBe(SITE_WIDE_CSP);
  });

  it('sends both matching blocks on /admin/, the site-wide one and its own, as the hosts do', async () => {
    const admin = await fetch(`${server.origin}/admin/`);
    expect(admin.headers.get('content-security-policy')).toBe(`${SITE_WIDE_CSP}, ${adminCsp()}`);
    expect(admin.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('sends no headers at all like GitHub Pages when asked to', async () => {
    const pages = await serveStatic(root, { headers: false });
    try {
      const admin = await fetch(`${pages.origin}/admin/`);
      expect(admin.status).toBe(200);
      expect(admin.headers.get('content-security-policy')).toBeNull();
      expect(admin.headers.get('x-frame-options')).toBeNull();
    } finally {
      await pages.close();
    }
  });
});

describe('cache headers over every file the shipped build writes', () => {
  it('gives each file one caching rule: a year for hashed files, five minutes for pages and feeds', () => {
    const build = sharedBuild('shipped');
    const rules = parseHeadersFile(readFileSync(`${build.outDir}/_headers`, 'utf8'));
    const urls = readdirSync(build.outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(
        (entry) => `/${path.relative(build.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
      )
      .map((url) => url.replace(/(^|\/)index\.html$/, '$1'));
    const cache = new Map(urls.map((url) => [url, headersFor(url, rules)['Cache-Control']]));
    // Hosts join a header two rules set: one rule per file, never "max-age=300, …, immutable".
    expect([...cache].filter(([, value]) => (value ?? '').split('max-age').length > 2)).toEqual([]);
    const immutable = [...cache].filter(([, value]) => value?.includes('immutable')).map(([url]) => url);
    expect(immutable.some((url) => url.startsWith('/_astro/'))).toBe(true);
    expect(immutable.some((url) => url.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(
      immutable.every((url) => /\.[0-9a-zA-Z_-]{8,}\.|\/pagefind\/(fragment|index|filter)\/|pf_meta$/.test(url)),
    ).toBe(true);
    for (const url of [
      '/',
      '/hubs/',
      '/hubs/machi-cafe-nagomi/',
      '/hubs/all.ics',
      '/hubs/machi-cafe-nagomi/calendar.ics',
    ])
      expect(cache.get(url), url).toBe('public, max-age=300, must-revalidate');
  });
});
