/**
 * /admin/'s CMS bundle is prebuilt once and reused while nothing it is made of changes
 * (src/integrations/adminBundle; store.test.ts covers what makes it stale): a second build of
 * the same sources reuses it and gives the same bytes. tests/admin*.test.ts use it in Chromium.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_REUSED } from '../src/integrations/adminBundle/index';
import { SHARED_BUILDS, sharedBuild } from './support/sharedBuilds';
import { type BuildResult, buildSite, fingerprints } from './support/site';

let second: BuildResult | undefined;
afterAll(() => {
  for (const folder of second?.folders ?? []) rmSync(folder, { recursive: true, force: true });
});

describe('the prebuilt /admin/ bundle', () => {
  it('is reused by a second build of unchanged sources, with byte-identical output', () => {
    const first = sharedBuild('shipped');
    expect(first.status, first.output).toBe(0);
    second = buildSite(SHARED_BUILDS.shipped.contentDir, SHARED_BUILDS.shipped.env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(BUNDLE_REUSED);
    const a = fingerprints(first.outDir);
    const b = fingerprints(second.outDir);
    expect(Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file])).toEqual([]);
  });

  it('is what /admin/ loads: the page’s script imports the prebuilt entry, a file of the site', () => {
    const { outDir, read } = sharedBuild('shipped');
    const pageScript = read('admin/index.html').match(/<script type="module" src="\/(_astro\/[^"]+)"/)?.[1];
    expect(pageScript).toBeDefined();
    const starter = readFileSync(path.join(outDir, pageScript as string), 'utf8').match(/\.\/(init\.[\w-]+\.js)/)?.[1];
    expect(starter).toBeDefined();
    const entry = read(`_astro/${starter}`).match(/\/(_astro\/cms\.[\w-]+\.js)/)?.[1];
    expect(entry).toBeDefined();
    expect(existsSync(path.join(outDir, entry as string))).toBe(true);
    expect(read(entry as string)).toContain('CMS');
    // Decap is bundled once, in the prebuilt files only.
    const decapChunks = readdirSync(path.join(outDir, '_astro')).filter((file) => file.startsWith('cms'));
    expect(decapChunks.length).toBeGreaterThan(1);
  });
});
