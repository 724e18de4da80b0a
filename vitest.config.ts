/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** Date logic must be right whatever the machine's zone: the unit suite runs once per zone. */
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'];

export default defineConfig({
  test: {
    projects: [
      ...ZONES.map((zone) => ({
        test: {
          name: `unit ${zone}`,
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'admin/**/*.test.ts', 'scripts/**/*.test.ts'],
          env: { TZ: zone },
        },
      })),
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
          // One folder per run for the builds several files share (tests/support/sharedBuilds.ts).
          globalSetup: ['tests/support/sharedBuildsSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Serial: two builds in one checkout collide in .astro/, and shared builds are made on first use.
          fileParallelism: false,
        },
      },
    ],
  },
});
