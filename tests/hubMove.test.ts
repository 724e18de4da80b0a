/**
 * A hub that really must move: a real rename of a hub file and its slug, with the old slug kept in
 * formerSlugs, built by the real pipeline. The old page leads to the new one, the old feed URL
 * keeps serving the current feed, and the event UIDs stay those of the old address.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { serveStatic } from './support/server';
import { type BuildResult, buildSite, FIXTURES } from './support/site';

let content: string;
let build: BuildResult;

beforeAll(() => {
  content = mkdtempSync(path.join(tmpdir(), 'kyosei-move-'));
  cpSync(path.join(FIXTURES, 'small'), content, { recursive: true });
  const hub = path.join(content, 'hubs/weekday-hub.md');
  writeFileSync(
    hub,
    readFileSync(hub, 'utf8').replace('slug: weekday-hub\n', 'slug: weekday-salon\nformerSlugs: [weekday-hub]\n'),
  );
  renameSync(hub, path.join(content, 'hubs/weekday-salon.md'));
  const calendar = path.join(content, 'calendars/weekday-hub-2026-10.yaml');
  writeFileSync(calendar, readFileSync(calendar, 'utf8').replace('hub: weekday-hub\n', 'hub: weekday-salon\n'));
  renameSync(calendar, path.join(content, 'calendars/weekday-salon-2026-10.yaml'));
  build = buildSite(content, { SITE_URL: 'https://kyosei.example.jp' });
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  for (const folder of build?.folders ?? []) rmSync(folder, { recursive: true, force: true });
});

describe('a hub that moved to a new URL', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('leaves a page at the old address that leads to the new one, without and with JavaScript off', () => {
    const old = build.read('hubs/weekday-hub/index.html');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/hubs/weekday-salon/">');
    expect(old).toContain('<a href="/hubs/weekday-salon/">');
    expect(old).toContain('<link rel="canonical" href="https://kyosei.example.jp/hubs/weekday-salon/">');
    expect(old).toContain('<meta name="robots" content="noindex">');
    expect(build.read('hubs/weekday-salon/index.html')).toContain('テスト平日サロン');
    expect(build.read('_redirects')).toBe('/hubs/weekday-hub/ /hubs/weekday-salon/ 301\n');
  });

  it('keeps serving the current feed at the old feed URL, with the UIDs of the old address', () => {
    const feed = build.read('hubs/weekday-salon/calendar.ics');
    expect(build.read('hubs/weekday-hub/calendar.ics')).toBe(feed);
    const uids = feed.match(/^UID:[^\r\n]*/gm) ?? [];
    expect(uids.length).toBeGreaterThan(100);
    expect(uids.every((uid) => uid.startsWith('UID:weekday-hub-2'))).toBe(true);
    // The 臨時休業 of the moved calendar still applies: 2026-10-07 (a Wednesday) is not an event.
    expect(feed).not.toContain('UID:weekday-hub-20261007@');
    expect(feed).toContain('UID:weekday-hub-20261008@');
  });

  it('takes a reader in Chromium from the old address to the new page', async () => {
    const site = await serveStatic(build.outDir);
    const chromium = await launchChromium({ viewport: { width: 390, height: 844 } });
    try {
      const page = await chromium.context.newPage();
      await page.goto(`${site.origin}/hubs/weekday-hub/`);
      await page.waitForURL(`${site.origin}/hubs/weekday-salon/`, { timeout: 15_000 });
      expect(await page.locator('h1').first().textContent()).toContain('テスト平日サロン');
      const feed = await page.request.get(`${site.origin}/hubs/weekday-hub/calendar.ics`);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toBe(build.read('hubs/weekday-salon/calendar.ics'));
    } finally {
      await chromium.close();
      await site.close();
    }
  });
});
