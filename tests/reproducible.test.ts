import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_BUILDS, sharedBuild, TEST_ZONE } from './support/sharedBuilds';
import { type BuildResult, buildSite, fingerprints } from './support/site';

let second: BuildResult | undefined;
afterAll(() => {
  for (const folder of second?.folders ?? []) rmSync(folder, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('gives a byte-identical dist/ for the same content and SOURCE_DATE_EPOCH, whatever the machine zone', () => {
    // Two separate builds: the run's shared build of the shipped content (in the test zone,
    // America/Los_Angeles) and one of its own with only the zone changed.
    const shared = SHARED_BUILDS.shipped;
    expect(shared.env.TZ).toBe(TEST_ZONE);
    const first = sharedBuild('shipped');
    second = buildSite(shared.contentDir, { ...shared.env, TZ: 'Asia/Tokyo' });
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(second.outDir).not.toBe(first.outDir);
    const a = fingerprints(first.outDir);
    const b = fingerprints(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    const differing = Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]);
    expect(differing).toEqual([]);
  });
});
