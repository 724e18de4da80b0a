/**
 * Full builds that several test files read, built once per test run and shared.
 *
 * vitest.config.ts gives the site project a globalSetup (./sharedBuildsSetup.ts) that makes one
 * temporary folder for the run and removes it at the end. The first test file that asks for a
 * configuration builds it there; later files get the same build back. Test files of the site
 * project run one at a time, so two builds never run at once (they would collide in .astro/).
 *
 * A shared build is read-only by contract: each later request, and the teardown, compare its
 * files with the fingerprints taken right after the build and fail if a test changed any.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/siteUrl';
import { changedFiles, RECORD_FILE, type SharedBuildRecord } from './sharedBuildsRecord';
import { type BuildResult, buildResult, buildSite, FIXTURES, fingerprints, SHIPPED_CONTENT } from './site';

/** The test process's own zone (vitest.config.ts, site project). */
export const TEST_ZONE = 'America/Los_Angeles';

/** Astro's default `site` (astro.config.mjs), spelt out so that equal configurations look equal. */
export const LOCAL_ORIGIN = DEFAULT_SITE_URL;
export const PUBLIC_ORIGIN = 'https://kyosei.example.jp';
const SMALL = path.join(FIXTURES, 'small');

/**
 * Every configuration more than one test reads, each built once per run. The zone and the site
 * URL are always explicit: the build then does not depend on the environment of whoever asks.
 */
export const SHARED_BUILDS = {
  /** tests/fixtures/small in the test process's zone (site.test.ts). */
  fixture: { contentDir: SMALL, env: { TZ: TEST_ZONE, SITE_URL: LOCAL_ORIGIN } },
  /** The fixture built in zones other than the test process's (feeds.test.ts compares them with the engine). */
  fixtureUtc: { contentDir: SMALL, env: { TZ: 'UTC', SITE_URL: LOCAL_ORIGIN } },
  fixtureTokyo: { contentDir: SMALL, env: { TZ: 'Asia/Tokyo', SITE_URL: LOCAL_ORIGIN } },
  /** The shipped content as `npm run build` makes it locally (site, csp, search, accessibility, reproducible). */
  shipped: { contentDir: SHIPPED_CONTENT, env: { TZ: TEST_ZONE, SITE_URL: LOCAL_ORIGIN } },
  /** The shipped content on 2026-12-01 12:00 JST: a five- and a six-week month with the year end (flyer). */
  shippedYearEnd: {
    contentDir: SHIPPED_CONTENT,
    env: {
      TZ: TEST_ZONE,
      SITE_URL: LOCAL_ORIGIN,
      SOURCE_DATE_EPOCH: String(Date.parse('2026-12-01T12:00:00+09:00') / 1000),
    },
  },
  /** The shipped content at its public address, outside the test zone (feeds, machineReadable). */
  shippedPublic: { contentDir: SHIPPED_CONTENT, env: { TZ: 'UTC', SITE_URL: PUBLIC_ORIGIN } },
} as const satisfies Record<string, { contentDir: string; env: Record<string, string> }>;

export type SharedBuildName = keyof typeof SHARED_BUILDS;

/** The run's build of a shared configuration: built on first use, then the same folder for every test file. */
export function sharedBuild(name: SharedBuildName): BuildResult {
  const root = inject('sharedBuildsDir');
  if (!root) throw new Error('sharedBuild needs the site project of vitest.config.ts (its globalSetup).');
  if (process.env.TZ !== TEST_ZONE)
    throw new Error(`the site project runs under TZ=${TEST_ZONE}, not ${process.env.TZ}`);
  const dir = path.join(root, name);
  const outDir = path.join(dir, 'dist');
  const recordFile = path.join(dir, RECORD_FILE);
  if (existsSync(recordFile)) {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as SharedBuildRecord;
    const changed = changedFiles(record);
    if (changed.length > 0) {
      throw new Error(`the shared build "${name}" was changed by an earlier test: ${changed.join(', ')}`);
    }
    return buildResult(record.outDir, record.status, record.output);
  }
  mkdirSync(dir, { recursive: true });
  const { contentDir, env } = SHARED_BUILDS[name];
  const build = buildSite(contentDir, env, { outDir });
  const record: SharedBuildRecord = {
    name,
    outDir,
    status: build.status,
    output: build.output,
    files: existsSync(outDir) ? fingerprints(outDir) : {},
  };
  writeFileSync(recordFile, JSON.stringify(record));
  return build;
}
