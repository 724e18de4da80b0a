/**
 * Astro's incremental build (astro.config.mjs, keys in src/lib/site/cacheKeys.ts) after an edit
 * must publish exactly what a clean build of the same content publishes. Four builds of a copy of
 * the fixture: the day before (A); the next day with a month added to one hub's calendar (B); the
 * same day with another hub edited (C, incremental); C's content again from scratch (D, --force).
 * C reuses what A and B wrote, so C = D proves the keys of both steps, the day change included.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, TEST_ZONE } from './support/sharedBuilds';
import { type BuildResult, buildSite, FIXTURE_EPOCH, FIXTURES, fingerprints } from './support/site';

const DAY = 24 * 60 * 60;
const env = (epoch: number) => ({ TZ: TEST_ZONE, SITE_URL: LOCAL_ORIGIN, SOURCE_DATE_EPOCH: String(epoch) });
const today = Number(FIXTURE_EPOCH);

let dir: string;
let content: string;
const builds: Record<'a' | 'b' | 'c' | 'd', BuildResult | undefined> = {
  a: undefined,
  b: undefined,
  c: undefined,
  d: undefined,
};

function built(name: keyof typeof builds): BuildResult {
  const build = builds[name];
  if (!build) throw new Error(`build ${name} did not run`);
  expect(build.status, build.output).toBe(0);
  return build;
}

/**
 * The paths Astro copied from the previous build (its log marks them "(restored)"). The log is
 * coloured when the caller's environment asks for it (FORCE_COLOR in CI): read it without the colours.
 */
function restored(build: BuildResult): string[] {
  return [...stripVTControlCharacters(build.output).matchAll(/├─ (\S+) \(restored\)/g)].map(
    (match) => match[1] as string,
  );
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-incremental-'));
  content = path.join(dir, 'content');
  cpSync(path.join(FIXTURES, 'small'), content, { recursive: true });
  builds.a = buildSite(content, env(today - DAY), { incremental: true });
  // The next day, a 臨時休業 in next month for the hub that had no calendar yet.
  writeFileSync(
    path.join(content, 'calendars/holiday-hub-2026-10.yaml'),
    'hub: holiday-hub\nmonth: 2026-10\nclosures:\n  - date: 2026-10-07\n    reason: 設備点検のため\n',
  );
  builds.b = buildSite(content, env(today), { incremental: true });
  // The same day, another hub's phone number.
  const hubFile = path.join(content, 'hubs/weekday-hub.md');
  writeFileSync(hubFile, readFileSync(hubFile, 'utf8').replace(/^phone: .*$/m, 'phone: 0798-99-0001'));
  builds.c = buildSite(content, env(today), { incremental: true });
  builds.d = buildSite(content, env(today));
});

afterAll(() => {
  for (const build of Object.values(builds)) {
    for (const folder of build?.folders ?? []) rmSync(folder, { recursive: true, force: true });
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('incremental build', () => {
  it('publishes byte for byte what a clean build of the same content publishes', () => {
    const incremental = fingerprints(built('c').outDir);
    const clean = fingerprints(built('d').outDir);
    expect(Object.keys(clean).length).toBeGreaterThan(20);
    expect(Object.keys({ ...incremental, ...clean }).filter((file) => incremental[file] !== clean[file])).toEqual([]);
  });

  it('copies what an edit leaves alone and renders what it changes', () => {
    const c = restored(built('c'));
    expect(c).toEqual(expect.arrayContaining(['/hubs/holiday-hub/index.html', '/hubs/holiday-hub/calendar.ics']));
    expect(c).toContain('/hubs/weekday-hub/calendar-qr.svg');
    expect(c).not.toContain('/hubs/weekday-hub/index.html');
    expect(c).not.toContain('/hubs/weekday-hub/calendar.ics');
    const page = (build: BuildResult) => build.read('hubs/weekday-hub/index.html');
    expect(page(built('b'))).not.toContain('0798-99-0001');
    expect(page(built('c'))).toContain('0798-99-0001');
  });

  it('renders the pages that show the day again when the day changes, and keeps feeds of the same month', () => {
    const b = restored(built('b'));
    expect(b).not.toContain('/hubs/weekday-hub/index.html');
    expect(b).not.toContain('/hubs/holiday-hub/calendar.ics');
    expect(b).toEqual(expect.arrayContaining(['/hubs/weekday-hub/calendar.ics', '/about/index.html']));
    expect(built('b').read('hubs/holiday-hub/calendar.ics')).not.toBe(built('a').read('hubs/holiday-hub/calendar.ics'));
  });

  it('does not reuse anything in a clean build', () => {
    expect(restored(built('d'))).toEqual([]);
  });
});
